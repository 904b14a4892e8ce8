using System.Globalization;
using Bocage.Kernel.Hours;
using Bocage.Kernel.Mail;
using Bocage.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Hours;

/// <summary>
/// The words the pages take from the shared texts are the words the hours tests are written with, in each
/// language: what the tests pin is what a visitor reads.
/// </summary>
public sealed class HoursWordingTests
{
    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task The_texts_give_the_words_the_tests_pin(string language)
    {
        await using var app = new BocageFactory(DatabaseProvider.Sqlite).With("Database:SeedDemo", "false");
        using var scope = app.Services.CreateScope();
        var wording = scope.ServiceProvider.GetRequiredService<HoursWording>();
        var expected = language switch
        {
            "fr" => HoursWords.French,
            "en" => HoursWords.English,
            _ => HoursWords.Dutch,
        };

        var words = MailCulture.Render(language, () => wording.Words);
        var lines = MailCulture.Render(language, () => wording.Lines("Mo-Fr 09:00-12:00; Jul 01 off"));

        Assert.Equal(expected, words);
        Assert.Equal(2, lines.Count);
        Assert.True(char.IsUpper(lines[0][0]), lines[0]);
        Assert.Contains(CultureInfo.GetCultureInfo(language).DateTimeFormat.GetMonthName(7), lines[1]);
    }
}
