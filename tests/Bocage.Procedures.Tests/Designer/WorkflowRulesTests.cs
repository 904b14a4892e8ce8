using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Designer;

namespace Bocage.Procedures.Tests.Designer;

public sealed class WorkflowRulesTests
{
    private static readonly FormSchema Form = new([new("P", [new("piece", FieldType.File, "Pièce")])]);

    private static IEnumerable<string> Mistakes(WorkflowDefinition w) =>
        WorkflowRules.Check(w, Form).Select(e => e.MessageKey);

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
        var workflow = WorkflowEditor.PutTransition(
            DefaultWorkflow.Create(),
            null,
            new("x", "X", ["nulle-part"], "ailleurs")
        );
        Assert.Contains("WorkflowFromUnknown", Mistakes(workflow));
        Assert.Contains("WorkflowToUnknown", Mistakes(workflow));
    }

    [Fact]
    public void A_used_state_is_never_removed()
    {
        var workflow = DefaultWorkflow.Create();
        Assert.Equal(
            workflow.States.Count,
            WorkflowEditor.RemoveState(workflow, DefaultWorkflow.InReview).States.Count
        );
        var extended = WorkflowEditor.AddState(workflow, new("archive", "Archivé", StateKind.Closed));
        Assert.Equal(workflow.States.Count, WorkflowEditor.RemoveState(extended, "archive").States.Count);
    }

    [Theory]
    [InlineData("ftp://exemple.fr/hook")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/relative")]
    public void Webhooks_are_http_or_https_only(string url) =>
        Assert.Contains(WorkflowRules.CheckAction(new(WorkflowActionType.CallWebhook) { WebhookUrl = url }, Form), e =>
            e.MessageKey == "ActionWebhookInvalid"
        );

    [Fact]
    public void Actions_need_their_settings()
    {
        Assert.Contains(
            WorkflowRules.CheckAction(new(WorkflowActionType.RequestPayment) { AmountCents = 0 }, Form),
            e => e.MessageKey == "ActionAmountPositive"
        );
        Assert.Contains(
            WorkflowRules.CheckAction(new(WorkflowActionType.RequestDocuments) { ReopenFields = ["absent"] }, Form),
            e => e.MessageKey == "ActionReopenUnknown"
        );
        Assert.Empty(
            WorkflowRules.CheckAction(new(WorkflowActionType.RequestDocuments) { ReopenFields = ["piece"] }, Form)
        );
        Assert.Empty(
            WorkflowRules.CheckAction(
                new(WorkflowActionType.CallWebhook) { WebhookUrl = "https://exemple.fr/hook" },
                Form
            )
        );
    }

    [Fact]
    public void An_assign_action_names_a_service_or_an_agent_of_the_list()
    {
        var agents = new HashSet<string>(["a-1", "a-2"]);
        WorkflowAction Assign(string? to) => new(WorkflowActionType.Assign) { AssignTo = to };

        Assert.Empty(WorkflowRules.CheckAction(Assign("service-voirie"), Form, agents));
        Assert.Empty(WorkflowRules.CheckAction(Assign(PresetAssignee.OfAccount("a-2")), Form, agents));
        Assert.Equal(
            ["ActionAssignAgentOutOfScope"],
            WorkflowRules.CheckAction(Assign("account:a-3"), Form, agents).Select(e => e.MessageKey)
        );
        Assert.Equal(
            ["ActionAssignAgentOutOfScope"],
            WorkflowRules.CheckAction(Assign("account:"), Form, agents).Select(e => e.MessageKey)
        );
        Assert.Equal("AssignTo", WorkflowRules.CheckAction(Assign("account:a-3"), Form, agents).Single().Input);
        Assert.Equal(
            ["ActionAssignRequired"],
            WorkflowRules.CheckAction(Assign(" "), Form, agents).Select(e => e.MessageKey)
        );
        // Without the list (publication), a preset agent who lost the permission since does not block the workflow.
        Assert.Empty(WorkflowRules.CheckAction(Assign("account:a-3"), Form));
    }

    [Fact]
    public void A_preset_reads_as_an_agent_or_a_service_never_as_a_raw_account_id()
    {
        string? Agent(string id) => id == "a-1" ? "Sacha Delattre" : null;
        string? Service(string slug) => slug == "service-voirie" ? "Service voirie" : null;

        Assert.Equal("a-1", PresetAssignee.AccountOf(PresetAssignee.OfAccount("a-1")));
        Assert.Null(PresetAssignee.AccountOf("service-voirie"));
        Assert.Null(PresetAssignee.AccountOf("account:"));
        Assert.Equal("Sacha Delattre", PresetAssignee.Name("account:a-1", Agent, "parti", Service));
        Assert.Equal("parti", PresetAssignee.Name("account:a-9", Agent, "parti", Service));
        Assert.Equal("Service voirie", PresetAssignee.Name("service-voirie", Agent, "parti", Service));
        Assert.Equal("autre-service", PresetAssignee.Name("autre-service", Agent, "parti"));
        Assert.Null(PresetAssignee.Name(null, Agent, "parti"));
    }
}
