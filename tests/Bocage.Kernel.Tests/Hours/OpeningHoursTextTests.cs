using System.Globalization;
using Bocage.Kernel.Hours;

namespace Bocage.Kernel.Tests.Hours;

public sealed class OpeningHoursTextTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    private const string Shop = "Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00; PH off";

    private static string InFrench(string hours) =>
        OpeningHoursText.Describe(Parsed.Hours(hours), HoursWords.French, French);

    [Fact]
    public void The_shop_reads_as_one_french_sentence()
    {
        Assert.Equal(
            "du lundi au vendredi, de 9 h à 12 h et de 14 h à 17 h 30 ; le samedi, de 9 h à 12 h ; "
                + "fermé les jours fériés",
            InFrench(Shop)
        );
    }

    [Fact]
    public void The_shop_gives_one_line_per_rule()
    {
        Assert.Equal(
            [
                "du lundi au vendredi, de 9 h à 12 h et de 14 h à 17 h 30",
                "le samedi, de 9 h à 12 h",
                "fermé les jours fériés",
            ],
            OpeningHoursText.Lines(Parsed.Hours(Shop), HoursWords.French, French)
        );
    }

    [Fact]
    public void The_shop_reads_in_english()
    {
        Assert.Equal(
            "Monday to Friday, from 09:00 to 12:00 and from 14:00 to 17:30; on Saturday, from 09:00 to 12:00; "
                + "closed on public holidays",
            OpeningHoursText.Describe(Parsed.Hours(Shop), HoursWords.English, English)
        );
    }

    [Fact]
    public void The_shop_reads_in_dutch()
    {
        Assert.Equal(
            "maandag t/m vrijdag, van 09:00 tot 12:00 en van 14:00 tot 17:30; op zaterdag, van 09:00 tot 12:00; "
                + "gesloten op feestdagen",
            OpeningHoursText.Describe(Parsed.Hours(Shop), HoursWords.Dutch, Dutch)
        );
    }

    [Theory]
    [InlineData("10:00-18:00", "tous les jours, de 10 h à 18 h")]
    [InlineData("Sa", "le samedi, toute la journée")]
    [InlineData("Fr 18:00-24:00", "le vendredi, de 18 h à 24 h")]
    [InlineData("Mo 00:00-08:45", "le lundi, de 0 h à 8 h 45")]
    [InlineData("Mo,We,Fr 10:00-12:00", "le lundi, mercredi et vendredi, de 10 h à 12 h")]
    [InlineData("Mo-We,Fr 10:00-12:00", "du lundi au mercredi et le vendredi, de 10 h à 12 h")]
    [InlineData("Su,PH 10:00-12:00", "le dimanche et les jours fériés, de 10 h à 12 h")]
    [InlineData("Sa,Su off", "fermé le samedi et dimanche")]
    [InlineData("Mo 08:00-10:00,11:00-12:00,14:00-16:00", "le lundi, de 8 h à 10 h, de 11 h à 12 h et de 14 h à 16 h")]
    [InlineData("24/7; Dec 25 off", "ouvert 24 h/24, 7 j/7 ; fermé le 25 décembre")]
    [InlineData("Jul 14 off", "fermé le 14 juillet")]
    [InlineData("Dec 24-Dec 26 off", "fermé du 24 décembre au 26 décembre")]
    [InlineData("Dec 24-Jan 01 off", "fermé du 24 décembre au 1er janvier")]
    [InlineData("Aug off", "fermé en août")]
    [InlineData("Jul-Aug Mo-Fr 10:00-12:30", "en juillet–août, du lundi au vendredi, de 10 h à 12 h 30")]
    [InlineData("Jan 01,Dec 25 off", "fermé le 1er janvier et le 25 décembre")]
    [InlineData("off", "fermé tous les jours")]
    public void Each_kind_of_rule_reads_in_french(string hours, string expected)
    {
        Assert.Equal(expected, InFrench(hours));
    }

    [Theory]
    [InlineData("24/7; Dec 25 off", "open 24/7; closed on 25 December")]
    [InlineData("Jul-Aug Mo,We 10:00-12:30", "in July–August, on Monday and Wednesday, from 10:00 to 12:30")]
    [InlineData("Su,PH off", "closed on Sunday and on public holidays")]
    [InlineData("Dec 24-Jan 01 off", "closed 24 December to 1 January")]
    [InlineData("Sa", "on Saturday, all day")]
    public void Each_kind_of_rule_reads_in_english(string hours, string expected)
    {
        Assert.Equal(expected, OpeningHoursText.Describe(Parsed.Hours(hours), HoursWords.English, English));
    }

    [Theory]
    [InlineData("24/7; Dec 25 off", "24/7 open; gesloten op 25 december")]
    [InlineData("Jul-Aug Mo,We 10:00-12:30", "in juli–augustus, op maandag en woensdag, van 10:00 tot 12:30")]
    [InlineData("10:00-18:00", "elke dag, van 10:00 tot 18:00")]
    [InlineData("Aug off", "gesloten in augustus")]
    public void Each_kind_of_rule_reads_in_dutch(string hours, string expected)
    {
        Assert.Equal(expected, OpeningHoursText.Describe(Parsed.Hours(hours), HoursWords.Dutch, Dutch));
    }

    [Fact]
    public void Names_come_from_the_culture_passed_not_from_the_words()
    {
        // French words with Dutch names: the culture alone decides what a weekday or a month is called.
        Assert.Equal(
            "fermé le 14 juli",
            OpeningHoursText.Describe(Parsed.Hours("Jul 14 off"), HoursWords.French, Dutch)
        );
    }
}
