using Bocage.Kernel.Files;

namespace Bocage.Kernel.Tests.Files;

public sealed class UploadMessagesTests
{
    [Theory]
    [InlineData(10 * 1024 * 1024, "10 Mo")]
    [InlineData(2_621_440, "2,5 Mo")]
    [InlineData(512 * 1024, "512 Ko")]
    [InlineData(1024, "1 Ko")]
    [InlineData(100, "100 octets")]
    public void Sizes_read_as_French_people_write_them(long bytes, string expected)
    {
        Assert.Equal(expected, UploadMessages.Size(bytes));
    }

    [Theory]
    [InlineData("en", 2_621_440, "2.5 MB")]
    [InlineData("nl", 2_621_440, "2,5 MB")]
    [InlineData("en", 14_368, "14 KB")]
    [InlineData("fr", 14_368, "14 Ko")]
    public void Sizes_read_in_the_readers_language(string language, long bytes, string expected)
    {
        Assert.Equal(expected, UploadMessages.Size(bytes, new System.Globalization.CultureInfo(language)));
    }

    [Fact]
    public void Refusals_say_what_is_wrong_and_what_to_do()
    {
        Assert.StartsWith(
            "Le fichier dépasse la taille maximale de 10 Mo. ",
            UploadMessages.TooLarge(10 * 1024 * 1024)
        );
        Assert.StartsWith(
            "Le contenu du fichier ne correspond pas à un PDF. ",
            UploadMessages.ContentMismatch(FileKind.Pdf)
        );
        Assert.Contains(
            "formats : PDF, PNG ou JPEG.",
            UploadMessages.KindNotAllowed([FileKind.Pdf, FileKind.Png, FileKind.Jpeg])
        );
        Assert.StartsWith(
            "Le fichier contient un virus (Eicar-Test-Signature) et a été refusé. ",
            UploadMessages.Infected("Eicar-Test-Signature")
        );
    }
}
