using System.Text.Json;
using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Domain.Catalogue;

/// <summary>
/// One version of a procedure's form and workflow, stored as JSON. Once published it never changes:
/// files point to the version they were started on.
/// </summary>
internal sealed class ProcedureVersion
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid ProcedureId { get; private set; }

    public int Number { get; private set; }

    public string FormJson { get; private set; } = "";

    public string WorkflowJson { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    /// <summary>Null while the designer edits it.</summary>
    public DateTime? PublishedAt { get; private set; }

    public FormSchema Form => JsonSerializer.Deserialize<FormSchema>(FormJson, Json)!;

    public WorkflowDefinition Workflow => JsonSerializer.Deserialize<WorkflowDefinition>(WorkflowJson, Json)!;

    private ProcedureVersion() { }

    public static ProcedureVersion Start(
        Guid procedureId,
        int number,
        FormSchema form,
        WorkflowDefinition workflow,
        DateTime nowUtc
    ) =>
        new()
        {
            ProcedureId = procedureId,
            Number = number,
            FormJson = JsonSerializer.Serialize(form, Json),
            WorkflowJson = JsonSerializer.Serialize(workflow, Json),
            CreatedAt = nowUtc,
        };

    /// <summary>Replaces the form of a version being edited; a published version refuses.</summary>
    public bool TryEdit(FormSchema form, WorkflowDefinition workflow)
    {
        if (PublishedAt is not null)
        {
            return false;
        }
        FormJson = JsonSerializer.Serialize(form, Json);
        WorkflowJson = JsonSerializer.Serialize(workflow, Json);
        return true;
    }

    internal void Freeze(DateTime nowUtc) => PublishedAt ??= nowUtc;
}
