namespace Bocage.Procedures.Domain.Definitions;

/// <summary>What a transition does, with the settings of its type.</summary>
internal sealed record WorkflowAction(WorkflowActionType Type)
{
    /// <summary>Subject and text of the mail to the applicant (NotifyApplicant).</summary>
    public string? MailSubject { get; init; }

    public string? MailText { get; init; }

    /// <summary>Fields reopened for the applicant (RequestDocuments).</summary>
    public IReadOnlyList<string> ReopenFields { get; init; } = [];

    /// <summary>
    /// Organisation slug, or <c>account:{id}</c> of an agent (<see cref="PresetAssignee"/>), the file is assigned to
    /// (Assign).
    /// </summary>
    public string? AssignTo { get; init; }

    /// <summary>Text of the decision, with <c>{champ}</c> placeholders of answers (GenerateDecision).</summary>
    public string? DecisionTemplate { get; init; }

    /// <summary>Amount asked (RequestPayment), in cents, and the régie (null: the owner's default).</summary>
    public long? AmountCents { get; init; }

    public string? RegieCode { get; init; }

    /// <summary>Address called with the file's summary as JSON (CallWebhook).</summary>
    public string? WebhookUrl { get; init; }
}
