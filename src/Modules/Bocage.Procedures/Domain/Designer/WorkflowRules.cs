using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Domain.Designer;

/// <summary>
/// What a workflow must respect: states and transitions that fit together, actions with their settings.
/// </summary>
internal static class WorkflowRules
{
    public static List<DesignError> Check(WorkflowDefinition workflow, FormSchema form)
    {
        var errors = new List<DesignError>();
        var states = workflow.States.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        if (workflow.States.Count(s => s.Kind == StateKind.Draft) != 1)
        {
            errors.Add(new("States", "WorkflowOneDraft"));
        }
        if (workflow.States.Select(s => s.Key).Distinct().Count() != workflow.States.Count)
        {
            errors.Add(new("States", "WorkflowStateKeyTaken"));
        }
        if (workflow.States.Any(s => string.IsNullOrWhiteSpace(s.Label) || !DesignerText.IsClean(s.Label)))
        {
            errors.Add(new("States", "WorkflowStateLabelRequired"));
        }
        if (!workflow.States.Any(s => s.Key == workflow.SubmittedState && s.Kind == StateKind.Submitted))
        {
            errors.Add(new("States", "WorkflowSubmittedMissing"));
        }
        if (workflow.Transitions.Select(t => t.Key).Distinct().Count() != workflow.Transitions.Count)
        {
            errors.Add(new("Transitions", "WorkflowTransitionKeyTaken"));
        }
        foreach (var transition in workflow.Transitions)
        {
            errors.AddRange(
                CheckTransition(transition, states, form).Select(e => e with { Input = transition.Key + "." + e.Input })
            );
        }
        return errors;
    }

    /// <summary>One transition; inputs are the transition editor's property names.</summary>
    public static List<DesignError> CheckTransition(
        WorkflowTransition transition,
        IReadOnlySet<string> states,
        FormSchema form
    )
    {
        var errors = new List<DesignError>();
        DesignerText.Check(errors, "Label", transition.Label);
        if (string.IsNullOrWhiteSpace(transition.Label))
        {
            errors.Add(new("Label", "WorkflowTransitionLabelRequired"));
        }
        if (transition.From.Count == 0 || transition.From.Any(s => !states.Contains(s)))
        {
            errors.Add(new("From", "WorkflowFromUnknown"));
        }
        if (!states.Contains(transition.To))
        {
            errors.Add(new("To", "WorkflowToUnknown"));
        }
        else if (transition.From.Contains(transition.To))
        {
            errors.Add(new("To", "WorkflowToSameAsFrom"));
        }
        for (var i = 0; i < transition.Actions.Count; i++)
        {
            errors.AddRange(
                CheckAction(transition.Actions[i], form).Select(e => e with { Input = $"Actions[{i}].{e.Input}" })
            );
        }
        return errors;
    }

    /// <summary>
    /// One action. <paramref name="agents"/>: the account ids an Assign action may name (those who may instruct
    /// the procedure's files); null when not known, e.g. at publication, where a preset agent who lost the
    /// permission since must not block the procedure (the transition then falls back, see <c>Assignment.PlanAsync</c>).
    /// </summary>
    public static List<DesignError> CheckAction(
        WorkflowAction action,
        FormSchema form,
        IReadOnlySet<string>? agents = null
    )
    {
        var errors = new List<DesignError>();
        foreach (
            var (input, text) in new[]
            {
                ("MailSubject", action.MailSubject),
                ("MailText", action.MailText),
                ("DecisionTemplate", action.DecisionTemplate),
                ("RegieCode", action.RegieCode),
                ("WebhookUrl", action.WebhookUrl),
            }
        )
        {
            DesignerText.Check(errors, input, text);
        }
        switch (action.Type)
        {
            case WorkflowActionType.NotifyApplicant when string.IsNullOrWhiteSpace(action.MailSubject):
                errors.Add(new("MailSubject", "ActionSubjectRequired"));
                break;
            case WorkflowActionType.RequestDocuments
                when action.ReopenFields.Any(k => FormEditor.Find(form, k) is null):
                errors.Add(new("ReopenFields", "ActionReopenUnknown"));
                break;
            case WorkflowActionType.Assign when string.IsNullOrWhiteSpace(action.AssignTo):
                errors.Add(new("AssignTo", "ActionAssignRequired"));
                break;
            case WorkflowActionType.Assign
                when agents is not null
                    && action.AssignTo!.StartsWith(PresetAssignee.AccountPrefix, StringComparison.Ordinal)
                    && !agents.Contains(PresetAssignee.AccountOf(action.AssignTo) ?? ""):
                errors.Add(new("AssignTo", "ActionAssignAgentOutOfScope"));
                break;
            case WorkflowActionType.GenerateDecision when string.IsNullOrWhiteSpace(action.DecisionTemplate):
                errors.Add(new("DecisionTemplate", "ActionTemplateRequired"));
                break;
            case WorkflowActionType.RequestPayment when action.AmountCents is not > 0:
                errors.Add(new("Amount", "ActionAmountPositive"));
                break;
            case WorkflowActionType.CallWebhook when !IsWebAddress(action.WebhookUrl):
                errors.Add(new("WebhookUrl", "ActionWebhookInvalid"));
                break;
        }
        return errors;
    }

    public static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0;
}
