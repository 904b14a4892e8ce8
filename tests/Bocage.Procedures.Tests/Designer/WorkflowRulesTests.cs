using Bocage.Procedures.Designer;
using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Tests.Designer;

public sealed class WorkflowRulesTests
{
    private static readonly FormSchema Form = new([new("P", [new("piece", FieldType.File, "Pièce")])]);

    private static IEnumerable<string> Mistakes(WorkflowDefinition w) => WorkflowRules.Check(w, Form).Select(e => e.MessageKey);

    [Fact]
    public void The_default_workflow_is_valid() => Assert.Empty(Mistakes(DefaultWorkflow.Create()));

    [Fact]
    public void Exactly_one_draft_state_is_required()
    {
        var twoDrafts = WorkflowEditor.AddState(DefaultWorkflow.Create(), new("autre", "Autre", StateKind.Draft));
        Assert.Contains("WorkflowOneDraft", Mistakes(twoDrafts));
    }

    [Fact]
    public void Transitions_must_reference_existing_states()
    {
        var workflow = WorkflowEditor.PutTransition(DefaultWorkflow.Create(), null, new("x", "X", ["nulle-part"], "ailleurs"));
        Assert.Contains("WorkflowFromUnknown", Mistakes(workflow));
        Assert.Contains("WorkflowToUnknown", Mistakes(workflow));
    }

    [Fact]
    public void A_used_state_is_never_removed()
    {
        var workflow = DefaultWorkflow.Create();
        Assert.Equal(workflow.States.Count, WorkflowEditor.RemoveState(workflow, DefaultWorkflow.InReview).States.Count);
        var extended = WorkflowEditor.AddState(workflow, new("archive", "Archivé", StateKind.Closed));
        Assert.Equal(workflow.States.Count, WorkflowEditor.RemoveState(extended, "archive").States.Count);
    }

    [Theory]
    [InlineData("ftp://exemple.fr/hook")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/relative")]
    public void Webhooks_are_http_or_https_only(string url) =>
        Assert.Contains(WorkflowRules.CheckAction(new(WorkflowActionType.CallWebhook) { WebhookUrl = url }, Form), e => e.MessageKey == "ActionWebhookInvalid");

    [Fact]
    public void Actions_need_their_settings()
    {
        Assert.Contains(WorkflowRules.CheckAction(new(WorkflowActionType.RequestPayment) { AmountCents = 0 }, Form), e => e.MessageKey == "ActionAmountPositive");
        Assert.Contains(WorkflowRules.CheckAction(new(WorkflowActionType.RequestDocuments) { ReopenFields = ["absent"] }, Form), e => e.MessageKey == "ActionReopenUnknown");
        Assert.Empty(WorkflowRules.CheckAction(new(WorkflowActionType.RequestDocuments) { ReopenFields = ["piece"] }, Form));
        Assert.Empty(WorkflowRules.CheckAction(new(WorkflowActionType.CallWebhook) { WebhookUrl = "https://exemple.fr/hook" }, Form));
    }
}
