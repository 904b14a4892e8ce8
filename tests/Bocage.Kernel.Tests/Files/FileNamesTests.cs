using Bocage.Kernel.Files;

namespace Bocage.Kernel.Tests.Files;

public sealed class FileNamesTests
{
    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData(@"..\..\Windows\System32\cmd.exe", "cmd.exe")]
    [InlineData(@"C:\Users\marie\Documents\facture.pdf", "facture.pdf")]
    [InlineData("fac\0tu\u0007re\u001b[2J.pdf", "facture[2J.pdf")]
    [InlineData("rapport\u202Efdp.exe", "rapportfdp.exe")]
    [InlineData("  .compte   rendu .pdf. ", "compte rendu .pdf")]
    [InlineData("compte\trendu\r\n.pdf", "compte rendu .pdf")]
    [InlineData("devis <2026>|final?.pdf", "devis 2026final.pdf")]
    [InlineData("Compte rendu d'été.odt", "Compte rendu d'été.odt")]
    [InlineData("..", "fichier")]
    [InlineData("", "fichier")]
    [InlineData(null, "fichier")]
    public void Names_are_cleaned_to_what_is_safe_to_keep_and_show(string? declared, string expected)
    {
        Assert.Equal(expected, FileNames.Sanitise(declared));
    }

    [Fact]
    public void A_decomposed_accent_is_kept_as_one_character()
    {
        Assert.Equal("Fe\u0301ron.pdf".Normalize(), FileNames.Sanitise("Fe\u0301ron.pdf"));
        Assert.Equal(9, FileNames.Sanitise("Fe\u0301ron.pdf").Length);
    }

    [Fact]
    public void A_very_long_name_is_shortened_and_keeps_its_extension()
    {
        var name = FileNames.Sanitise(new string('a', 500) + ".pdf");

        Assert.Equal(FileNames.MaxLength, name.Length);
        Assert.EndsWith("a.pdf", name);
    }
}
