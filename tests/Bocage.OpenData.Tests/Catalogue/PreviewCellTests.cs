using System.Globalization;
using System.Text.Json;
using Bocage.OpenData.Api;

namespace Bocage.OpenData.Tests.Catalogue;

/// <summary>The preview shows numbers as people write them; the downloads keep the stored text.</summary>
public sealed class PreviewCellTests
{
    [Theory]
    [InlineData("fr", "49.992999999999995", "49,993")]
    [InlineData("en", "49.992999999999995", "49.993")]
    [InlineData("fr", "98.5", "98,5")]
    [InlineData("fr", "2024", "2024")]
    [InlineData("fr", "\"59249\"", "59249")]
    public void A_number_is_shown_without_binary_noise_in_the_pages_language(string culture, string json, string shown)
    {
        using var data = JsonDocument.Parse($"{{\"v\": {json}}}");

        Assert.Equal(shown, RowWriters.DisplayText(data.RootElement, "v", CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void The_download_keeps_the_stored_number()
    {
        using var data = JsonDocument.Parse("{\"v\": 49.992999999999995}");

        Assert.Equal("49.992999999999995", RowWriters.CellText(data.RootElement, "v"));
    }
}
