using System.Globalization;
using Bocage.Kernel.Hours;

namespace Bocage.Kernel.Web;

/// <summary>
/// Opening hours in plain words of the current culture (« du lundi au vendredi, de 9 h à 12 h »), with the
/// connective words from the shared texts and the day and month names from the culture.
/// </summary>
public sealed class HoursWording(SharedText text)
{
    public HoursWords Words =>
        new(
            text["Hours_EveryDay"],
            text["Hours_AllDay"],
            text["Hours_AlwaysOpen"],
            text["Hours_PublicHolidays"],
            text["Hours_And"],
            text["Hours_RuleSeparator"],
            text["Hours_On"],
            text["Hours_Range"],
            text["Hours_InMonth"],
            text["Hours_FromTo"],
            text["Hours_Closed"],
            text["Hours_WholeHour"],
            text["Hours_HourAndMinutes"],
            text["Hours_Date"],
            text["Hours_FirstOfMonth"]
        );

    /// <summary>One line per rule, each starting with a capital, for a list on a page.</summary>
    public IReadOnlyList<string> Lines(string openingHours) =>
        OpeningHours.TryParse(openingHours, out var hours, out _)
            ? OpeningHoursText
                .Lines(hours, Words, CultureInfo.CurrentCulture)
                .Select(line => line.Length == 0 ? line : char.ToUpper(line[0], CultureInfo.CurrentCulture) + line[1..])
                .ToList()
            : [];

    /// <summary>The whole hours in one sentence, the rules joined; empty when they cannot be read.</summary>
    public string Describe(string openingHours) =>
        OpeningHours.TryParse(openingHours, out var hours, out _)
            ? OpeningHoursText.Describe(hours, Words, CultureInfo.CurrentCulture)
            : "";
}
