using System.Text;
using Bocage.Kernel.Files;

namespace Bocage.Kernel.Tests.Files;

public sealed class LegacyTextTests
{
    private static readonly byte[] Excel =
    [
        .. "Boulangerie Lef"u8,
        0xE8,
        .. "vre;Caf"u8,
        0xE9,
        .. " 2 "u8,
        0x80,
        .. "\r\n"u8,
    ];

    [Fact]
    public async Task A_Windows_1252_file_is_read_as_such_and_given_back_in_UTF_8()
    {
        var (content, transcoded) = await LegacyText.AsUtf8Async(new MemoryStream(Excel), 1000);

        Assert.True(transcoded);
        using var reader = new StreamReader(content, new UTF8Encoding(false, throwOnInvalidBytes: true));
        Assert.Equal("Boulangerie Lefèvre;Café 2 €\r\n", await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task UTF_8_and_what_is_no_text_pass_unchanged()
    {
        var utf8 = "Boulangerie Lefèvre;Café 2 €"u8.ToArray();
        byte[] binary = [0x50, 0x4B, 0x03, 0x04, 0x00, 0xE9];
        byte[] undefined = [.. "Caf"u8, 0x81];

        foreach (var bytes in new[] { utf8, binary, undefined })
        {
            var (content, transcoded) = await LegacyText.AsUtf8Async(new MemoryStream(bytes), 1000);
            Assert.False(transcoded);
            Assert.Equal(bytes, ((MemoryStream)content).ToArray());
        }
    }

    [Fact]
    public async Task A_file_over_the_limit_is_passed_on_whole_for_the_upload_to_refuse()
    {
        var big = Enumerable.Repeat((byte)0xE9, 300_000).ToArray();

        var (content, transcoded) = await LegacyText.AsUtf8Async(new MemoryStream(big), 100_000);

        Assert.False(transcoded);
        Assert.Equal(big.Length, content.Length);
    }
}
