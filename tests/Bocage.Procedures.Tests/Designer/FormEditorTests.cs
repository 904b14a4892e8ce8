using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Designer;

namespace Bocage.Procedures.Tests.Designer;

public sealed class FormEditorTests
{
    private static FormSchema TwoFields() =>
        new([new("P", [new("a", FieldType.ShortText, "A"), new("b", FieldType.RepeatableBlock, "B")])]);

    [Fact]
    public void Fields_are_added_to_pages_and_blocks_moved_and_removed()
    {
        var form = FormEditor.AddField(TwoFields(), 0, new("c", FieldType.Date, "C"), blockKey: "b");
        Assert.Equal(["a", "b", "c"], form.AllFields.Select(f => f.Key));
        Assert.Equal("b", FormEditor.ParentOf(form, "c")!.Key);

        form = FormEditor.MoveField(form, "b", -1);
        Assert.Equal(["b", "a"], form.Pages[0].Fields.Select(f => f.Key));

        form = FormEditor.RemoveField(form, "c");
        Assert.Null(FormEditor.Find(form, "c"));
    }

    [Fact]
    public void New_keys_come_from_the_label_and_never_collide() =>
        Assert.Equal("a-2", FormEditor.NewKey(new([new("P", [new("a", FieldType.ShortText, "A")])]), "A"));

    [Fact]
    public void A_page_with_fields_is_not_removed()
    {
        Assert.Single(FormEditor.RemovePage(TwoFields(), 0).Pages);
        Assert.Empty(FormEditor.RemovePage(FormEditor.AddPage(new([]), "Vide"), 0).Pages);
    }

    [Fact]
    public void Renaming_a_key_follows_in_the_conditions_that_look_at_it()
    {
        var form = FormEditor.AddField(
            TwoFields(),
            0,
            new("d", FieldType.ShortText, "D") { Condition = new("a", ConditionOperator.IsFilled) }
        );
        var renamed = FormEditor.RenameReferences(
            FormEditor.ReplaceField(form, "a", new("alpha", FieldType.ShortText, "A")),
            "a",
            "alpha"
        );
        Assert.Equal("alpha", FormEditor.Find(renamed, "d")!.Condition!.FieldKey);
    }
}
