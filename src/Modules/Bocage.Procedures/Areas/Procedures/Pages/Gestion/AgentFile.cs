using Bocage.Kernel.Permissions;
using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Files;

namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion;

/// <summary>One file as its instructing agent reads it (<see cref="AgentFileLoader"/>).</summary>
internal sealed record AgentFile(ProcedureFile Current, WorkflowDefinition Workflow, FormSchema Form)
{
    public string ProcedureTitle { get; init; } = "";

    public IReadOnlyDictionary<Guid, FileAttachment> Sent { get; init; } = new Dictionary<Guid, FileAttachment>();

    public IReadOnlyList<AnswerRow> Rows { get; init; } = [];

    public IReadOnlyList<FileRevision> Revisions { get; init; } = [];

    public IReadOnlyList<FileEvent> History { get; init; } = [];

    public IReadOnlyList<FileMessage> Messages { get; init; } = [];

    /// <summary>The agents who may instruct this file, hence be assigned it.</summary>
    public IReadOnlyList<PermissionHolder> Candidates { get; init; } = [];

    public IReadOnlyList<DocumentLink> Documents { get; init; } = [];

    /// <summary>The names of the people the file's history, versions and messages name (actor → name).</summary>
    public IReadOnlyDictionary<string, string> People { get; init; } = new Dictionary<string, string>();

    /// <summary>The workflow's transitions from the file's present state.</summary>
    public IReadOnlyList<WorkflowTransition> Available =>
        Workflow.Transitions.Where(t => t.From.Contains(Current.StateKey)).ToList();
}
