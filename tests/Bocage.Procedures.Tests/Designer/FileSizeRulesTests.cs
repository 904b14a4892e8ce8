using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Designer;

namespace Bocage.Procedures.Tests.Designer;

public sealed class FileSizeRulesTests
{
    private const long Kernel = 10 * FieldDefinition.Megabyte;

    private static List<string> Mistakes(int? megabytes)
    {
        var errors = new List<DesignError>();
        FieldRules.CheckFileSize(
            new FieldDefinition("plan", FieldType.File, "Plan") { MaxMegabytes = megabytes },
            Kernel,
            errors
        );
        return errors.Select(e => $"{e.Input}:{e.MessageKey}:{string.Join(",", e.Arguments)}").ToList();
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    [InlineData(10)]
    public void A_limit_from_one_megabyte_to_the_kernels_is_accepted(int? megabytes) =>
        Assert.Empty(Mistakes(megabytes));

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(11)]
    [InlineData(int.MaxValue)]
    public void A_limit_outside_is_refused_naming_the_most(int megabytes) =>
        Assert.Equal(["MaxMegabytes:DesignMaxMegabytesRange:10"], Mistakes(megabytes));

    [Fact]
    public void The_bytes_allowed_are_the_fields_own_never_above_the_kernels()
    {
        Assert.Equal(
            2 * FieldDefinition.Megabyte,
            new FieldDefinition("a", FieldType.File, "A") { MaxMegabytes = 2 }.MaxBytes(Kernel)
        );
        Assert.Equal(Kernel, new FieldDefinition("a", FieldType.File, "A").MaxBytes(Kernel));
        Assert.Equal(Kernel, new FieldDefinition("a", FieldType.File, "A") { MaxMegabytes = 50 }.MaxBytes(Kernel));
        Assert.Equal(
            Kernel,
            new FieldDefinition("a", FieldType.File, "A") { MaxMegabytes = int.MaxValue }.MaxBytes(Kernel)
        );
    }

    [Fact]
    public void The_editor_reads_the_limit_of_a_file_field_only()
    {
        var errors = new List<DesignError>();
        var file = new FieldInput
        {
            Key = "plan",
            Label = "Plan",
            MaxMegabytes = " 3 ",
        }.ToField(new FieldDefinition("plan", FieldType.File, "Plan"), errors);
        var text = new FieldInput
        {
            Key = "nom",
            Label = "Nom",
            MaxMegabytes = "3",
        }.ToField(new FieldDefinition("nom", FieldType.ShortText, "Nom"), errors);
        var wrong = new FieldInput
        {
            Key = "plan",
            Label = "Plan",
            MaxMegabytes = "trois",
        }.ToField(new FieldDefinition("plan", FieldType.File, "Plan"), errors);

        Assert.Equal(3, file.MaxMegabytes);
        Assert.Null(text.MaxMegabytes);
        Assert.Null(wrong.MaxMegabytes);
        Assert.Equal(["MaxMegabytes:DesignNumberInvalid"], errors.Select(e => $"{e.Input}:{e.MessageKey}"));
        Assert.Equal("3", FieldInput.From(file).MaxMegabytes);
    }
}
