using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Seed.Definitions;

/// <summary>A demo procedure as a commune of the CCSA runs it, published at seed time.</summary>
internal sealed record DemoDefinition(
    string Slug,
    string Title,
    string Description,
    string Theme,
    string? CommuneInsee,
    string? ServiceSlug,
    Audience Audience,
    FormSchema Form,
    WorkflowDefinition Workflow
);

/// <summary>Short builders so that each demo definition reads like the form it describes.</summary>
internal static class F
{
    public static FieldDefinition Text(string key, string label, bool required = true) =>
        new(key, FieldType.ShortText, label) { Required = required };

    public static FieldDefinition Long(string key, string label, bool required = true) =>
        new(key, FieldType.LongText, label) { Required = required, MaxLength = 4000 };

    public static FieldDefinition Of(FieldType type, string key, string label, bool required = true) =>
        new(key, type, label) { Required = required };

    public static FieldDefinition Choice(FieldType type, string key, string label, params string[] labels) =>
        new(key, type, label)
        {
            Required = true,
            Options = labels.Select(l => new ChoiceOption(Bocage.Kernel.Territory.Slugs.From(l), l)).ToList(),
        };

    public static FieldDefinition Communes(string key, string label) =>
        new(key, FieldType.DropDown, label) { Required = true, ListName = "communes" };

    public static FieldDefinition Section(string key, string text) => new(key, FieldType.Section, text) { Text = text };

    public static FieldDefinition Explain(string key, string text) =>
        new(key, FieldType.Explanation, text) { Text = text };

    public static FieldDefinition Honour(string text) =>
        new("attestation", FieldType.HonourStatement, "Attestation sur l'honneur") { Required = true, Text = text };

    public static FormPage Page(string title, params FieldDefinition[] fields) => new(title, fields);

    public static FormSchema Form(params FormPage[] pages) => new(pages);

    /// <summary>The default workflow whose acceptance also asks for a payment (amount in cents, régie code).</summary>
    public static WorkflowDefinition WithPayment(long cents, string regie)
    {
        var workflow = DefaultWorkflow.Create();
        return workflow with
        {
            Transitions = workflow
                .Transitions.Select(t =>
                    t.Key == "accepter"
                        ? t with
                        {
                            Actions =
                            [
                                .. t.Actions,
                                new(WorkflowActionType.RequestPayment) { AmountCents = cents, RegieCode = regie },
                            ],
                        }
                        : t
                )
                .ToList(),
        };
    }

    /// <summary>A request step only: received, then accepted or refused, with no instruction phase.</summary>
    public static WorkflowDefinition RequestOnly()
    {
        var workflow = DefaultWorkflow.Create();
        return workflow with
        {
            Transitions = workflow
                .Transitions.Where(t => t.Key is "accepter" or "refuser")
                .Select(t => t with { From = [DefaultWorkflow.Submitted] })
                .ToList(),
        };
    }
}
