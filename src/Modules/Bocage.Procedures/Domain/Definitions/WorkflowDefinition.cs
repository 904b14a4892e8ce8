namespace Bocage.Procedures.Domain.Definitions;

/// <summary>
/// The states a file goes through and what each transition does. Stored as JSON in the version
/// beside the form. States are renamable and extendable; their <see cref="StateKind"/> tells the
/// engine what a state means (draft, open for instruction, waiting for the applicant, final).
/// </summary>
internal sealed record WorkflowDefinition(
    IReadOnlyList<WorkflowState> States,
    IReadOnlyList<WorkflowTransition> Transitions,
    string SubmittedState);

/// <summary>A state: stable key, label shown to people, and what it means.</summary>
internal sealed record WorkflowState(string Key, string Label, StateKind Kind);

internal enum StateKind
{
    Draft = 0,
    Submitted = 1,
    InReview = 2,
    /// <summary>Waiting for the applicant (more documents): chosen fields are reopened.</summary>
    AwaitingApplicant = 3,
    Accepted = 4,
    Refused = 5,
    Closed = 6,
}

/// <summary>A button an instructing agent presses: from one state to another, doing its actions in order.</summary>
internal sealed record WorkflowTransition(string Key, string Label, IReadOnlyList<string> From, string To)
{
    public IReadOnlyList<WorkflowAction> Actions { get; init; } = [];
}

/// <summary>What a transition does, with the settings of its type.</summary>
internal sealed record WorkflowAction(WorkflowActionType Type)
{
    /// <summary>Subject and text of the mail to the applicant (NotifyApplicant).</summary>
    public string? MailSubject { get; init; }

    public string? MailText { get; init; }

    /// <summary>Fields reopened for the applicant (RequestDocuments).</summary>
    public IReadOnlyList<string> ReopenFields { get; init; } = [];

    /// <summary>Organisation slug, or <c>account:{id}</c> of an agent (<see cref="PresetAssignee"/>), the file is assigned to (Assign).</summary>
    public string? AssignTo { get; init; }

    /// <summary>Text of the decision, with <c>{champ}</c> placeholders of answers (GenerateDecision).</summary>
    public string? DecisionTemplate { get; init; }

    /// <summary>Amount asked (RequestPayment), in cents, and the régie (null: the owner's default).</summary>
    public long? AmountCents { get; init; }

    public string? RegieCode { get; init; }

    /// <summary>Address called with the file's summary as JSON (CallWebhook).</summary>
    public string? WebhookUrl { get; init; }
}

internal enum WorkflowActionType
{
    NotifyApplicant = 0,
    RequestDocuments = 1,
    Assign = 2,
    GenerateDecision = 3,
    RequestPayment = 4,
    CallWebhook = 5,
}
