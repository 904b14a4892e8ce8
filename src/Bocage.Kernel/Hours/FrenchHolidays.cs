namespace Bocage.Kernel.Hours;

/// <summary>
/// The eleven public holidays of metropolitan France (Alsace-Moselle's two extra days are not included). They are
/// computed rather than typed so that no yearly list has to be maintained.
/// </summary>
public static class FrenchHolidays
{
    /// <summary>Whether <paramref name="date"/> is one of the eleven public holidays.</summary>
    public static bool IsHoliday(DateOnly date) => Of(date.Year).Contains(date);

    /// <summary>
    /// The holidays of <paramref name="year"/>, in calendar order and without repeats: Ascension can fall on 1 or
    /// 8 May (it did in 2008), so some years have ten dates for eleven holidays.
    /// </summary>
    public static IReadOnlyList<DateOnly> Of(int year)
    {
        // Easter + 50 is at most 14 June, so every holiday stays in the year DateOnly can hold.
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        var easter = Easter(year);
        DateOnly[] holidays =
        [
            new DateOnly(year, 1, 1),
            easter.AddDays(1), // Easter Monday
            new DateOnly(year, 5, 1),
            new DateOnly(year, 5, 8),
            easter.AddDays(39), // Ascension Thursday
            easter.AddDays(50), // Whit Monday
            new DateOnly(year, 7, 14),
            new DateOnly(year, 8, 15),
            new DateOnly(year, 11, 1),
            new DateOnly(year, 11, 11),
            new DateOnly(year, 12, 25),
        ];
        // The movable feasts move past 1 and 8 May from year to year, so the order has to be sorted, not typed.
        return holidays.Distinct().Order().ToList();
    }

    /// <summary>
    /// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher): pure integer arithmetic, valid for
    /// every Gregorian year, with no table to keep up to date.
    /// </summary>
    public static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
