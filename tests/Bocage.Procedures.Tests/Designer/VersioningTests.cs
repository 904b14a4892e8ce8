using Bocage.Procedures.Domain.Catalogue;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Designer;
using Bocage.Procedures.Seed;

namespace Bocage.Procedures.Tests.Designer;

public sealed class VersioningTests
{
    private static readonly DateTime Now = new(2026, 9, 1, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Publishing_freezes_a_version_and_the_next_draft_starts_from_it()
    {
        var procedure = Procedure.Create("essai", "Essai", Now);
        var v1 = procedure.DraftVersion(Now);
        v1.TryEdit(new([new("P", [new("nom", FieldType.ShortText, "Nom")])]), DefaultWorkflow.Create());
        procedure.Publish(Now);

        var v2 = procedure.DraftVersion(Now.AddDays(1));
        Assert.True(
            v2.TryEdit(
                FormEditor.ReplaceField(v2.Form, "nom", new("nom", FieldType.ShortText, "Nom de famille")),
                v2.Workflow
            )
        );

        Assert.Equal(2, v2.Number);
        Assert.False(v1.TryEdit(new([]), DefaultWorkflow.Create()));
        Assert.Equal("Nom", v1.Form.AllFields.Single().Label);
        Assert.Equal("Nom de famille", v2.Form.AllFields.Single().Label);
        Assert.Equal(1, procedure.PublishedVersion);
    }

    [Fact]
    public void Every_demo_procedure_passes_the_designer_rules()
    {
        Assert.Equal(11, DesignerDemos.All.Count);
        Assert.All(DesignerDemos.All, d =>
        {
            Assert.Empty(FieldRules.CheckForm(d.Form));
            Assert.Empty(WorkflowRules.Check(d.Workflow, d.Form));
        });
        Assert.Contains(
            DesignerDemos
                .All.Single(d => d.Slug.StartsWith("inscription-cantine", StringComparison.Ordinal))
                .Workflow.Transitions,
            t => t.Actions.Any(a => a is { Type: WorkflowActionType.RequestPayment, AmountCents: 4500 })
        );
    }
}
