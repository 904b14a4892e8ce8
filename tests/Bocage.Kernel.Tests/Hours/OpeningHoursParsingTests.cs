using Bocage.Kernel.Hours;

namespace Bocage.Kernel.Tests.Hours;

public sealed class OpeningHoursParsingTests
{
    [Theory]
    [InlineData(
        "Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00; PH off",
        "Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00; PH off"
    )]
    [InlineData("mo-fr 9:00-12:00", "Mo-Fr 09:00-12:00")]
    [InlineData("  Mo - Fr   09:00 - 12:00 , 14:00 - 17:00  ", "Mo-Fr 09:00-12:00,14:00-17:00")]
    [InlineData("Mo–Fr 09:00–12:00", "Mo-Fr 09:00-12:00")]
    [InlineData("Mo,We,Fr 10:00-12:00", "Mo,We,Fr 10:00-12:00")]
    [InlineData("Mo-We,Fr 10:00-12:00", "Mo-We,Fr 10:00-12:00")]
    [InlineData("Fr-Mo 10:00-12:00", "Fr-Mo 10:00-12:00")]
    [InlineData("Su,PH closed", "Su,PH off")]
    [InlineData("PH,Su off", "Su,PH off")]
    [InlineData("PH off", "PH off")]
    [InlineData("Jul 14 off", "Jul 14 off")]
    [InlineData("Dec 24-Dec 26 off", "Dec 24-26 off")]
    [InlineData("Dec 24-26 off", "Dec 24-26 off")]
    [InlineData("Dec 24-Jan 2 off", "Dec 24-Jan 02 off")]
    [InlineData("Jan 1,Dec 25 off", "Jan 01,Dec 25 off")]
    [InlineData("Dec 25", "Dec 25")]
    [InlineData("Aug", "Aug")]
    [InlineData("aug off", "Aug off")]
    [InlineData("Jul-Aug Mo-Fr 10:00-12:00", "Jul-Aug Mo-Fr 10:00-12:00")]
    [InlineData("Nov-Feb Sa 10:00-12:00", "Nov-Feb Sa 10:00-12:00")]
    [InlineData("Feb 29 off", "Feb 29 off")]
    [InlineData("Sa", "Sa")]
    [InlineData("24/7", "24/7")]
    [InlineData("24/7; Dec 25 off", "24/7; Dec 25 off")]
    [InlineData("10:00-18:00", "10:00-18:00")]
    [InlineData("Fr 18:00-24:00", "Fr 18:00-24:00")]
    [InlineData("Mo 14:00-17:00,09:00-12:00", "Mo 09:00-12:00,14:00-17:00")]
    [InlineData("Mo 09:00-12:00,12:00-14:00", "Mo 09:00-12:00,12:00-14:00")]
    [InlineData("Mo-Fr 09:00-17:00;", "Mo-Fr 09:00-17:00")]
    [InlineData("Sa 09:00-12:00;Su 10:00-11:00", "Sa 09:00-12:00; Su 10:00-11:00")]
    public void Accepted_hours_are_normalised(string text, string expected)
    {
        Assert.True(OpeningHours.TryParse(text, out var hours, out var error), error);
        Assert.Null(error);
        Assert.Equal(expected, hours.Text);
        Assert.Equal(expected, hours.ToString());
    }

    [Theory]
    [InlineData("mo-fr 9:00-12:00; ph off")]
    [InlineData("Dec 24-Jan 2 off; Jul-Aug Mo,We 10:00-12:00")]
    [InlineData("24/7; Su,PH closed")]
    public void The_normalised_text_reads_back_to_itself(string text)
    {
        var once = Parsed.Hours(text).Text;
        Assert.Equal(once, Parsed.Hours(once).Text);
    }

    [Fact]
    public void A_rule_keeps_its_selectors_in_the_parsed_structure()
    {
        var rule = Assert.Single(Parsed.Hours("Jul-Aug Mo-We,Fr,PH 10:00-12:00").Rules);
        Assert.Equal(new DateSpan(7, null, 8, null), Assert.Single(rule.Dates));
        Assert.Equal(
            [new DaySpan(DayOfWeek.Monday, DayOfWeek.Wednesday), new DaySpan(DayOfWeek.Friday, DayOfWeek.Friday)],
            rule.Days
        );
        Assert.True(rule.PublicHolidays);
        Assert.Equal(new TimeRange(600, 720), Assert.Single(rule.Times));
        Assert.False(rule.Closed);
    }

    [Fact]
    public void Nothing_typed_makes_parsing_throw()
    {
        // Fragments of real syntax glued at random: every outcome must be a result or a message, never an exception.
        string[] pieces =
        [
            "Mo",
            "Fr",
            "PH",
            "Su",
            "Dec",
            "Feb",
            "Jux",
            "off",
            "24",
            "/",
            "7",
            "-",
            "–",
            ",",
            ";",
            " ",
            "09:00",
            "24:00",
            "25:00",
            "9",
            "31",
            "123456789012",
            "h",
            "||",
            "\"",
            ":",
            "00:",
            ":30",
            "+",
            "é",
            "\t",
        ];
        var random = new Random(20260405);
        for (var i = 0; i < 5000; i++)
        {
            var text = string.Concat(
                Enumerable.Range(0, random.Next(1, 9)).Select(_ => pieces[random.Next(pieces.Length)])
            );
            var ok = OpeningHours.TryParse(text, out var hours, out var error);
            if (ok)
            {
                Assert.Null(error);
                Assert.Equal(hours!.Text, Parsed.Hours(hours.Text).Text);
            }
            else
            {
                Assert.Null(hours);
                Assert.False(string.IsNullOrWhiteSpace(error), text);
            }
        }
    }
}
