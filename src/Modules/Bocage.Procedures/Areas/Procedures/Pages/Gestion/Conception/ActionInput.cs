using Bocage.Kernel.Amounts;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Designer;

namespace Bocage.Procedures.Areas.Procedures.Pages.Gestion.Conception;

/// <summary>A transition's new action as typed: its type and the settings that type reads (amount in euros).</summary>
internal sealed class ActionInput
{
    public WorkflowActionType Type { get; set; }
    public string? MailSubject { get; set; }
    public string? MailText { get; set; }
    public List<string> ReopenFields { get; set; } = [];
    public string? AssignTo { get; set; }
    public string? DecisionTemplate { get; set; }
    public string? Amount { get; set; }
    public string? RegieCode { get; set; }
    public string? WebhookUrl { get; set; }

    public WorkflowAction ToAction(List<DesignError> errors)
    {
        long? cents = null;
        if (Type == WorkflowActionType.RequestPayment)
        {
            if (Money.TryParse(Amount, out var parsed, allowNegative: true))
            {
                cents = parsed;
            }
            else
            {
                errors.Add(new("Amount", "DesignAmountInvalid"));
            }
        }
        return new WorkflowAction(Type)
        {
            MailSubject = Pick(WorkflowActionType.NotifyApplicant, MailSubject),
            MailText = Pick(WorkflowActionType.NotifyApplicant, MailText),
            ReopenFields =
                Type == WorkflowActionType.RequestDocuments ? ReopenFields.Distinct().Take(200).ToList() : [],
            AssignTo = Pick(WorkflowActionType.Assign, AssignTo),
            DecisionTemplate = Pick(WorkflowActionType.GenerateDecision, DecisionTemplate),
            AmountCents = cents,
            RegieCode = Pick(WorkflowActionType.RequestPayment, RegieCode),
            WebhookUrl = Pick(WorkflowActionType.CallWebhook, WebhookUrl),
        };
    }

    private string? Pick(WorkflowActionType type, string? value) =>
        Type == type && !string.IsNullOrWhiteSpace(value) ? value.Trim()[..Math.Min(value.Trim().Length, 4000)] : null;
}

/// <summary>A transition's label, origin and destination as typed.</summary>
internal sealed class TransitionInput
{
    public string? Label { get; set; }
    public List<string> From { get; set; } = [];
    public string? To { get; set; }
}
