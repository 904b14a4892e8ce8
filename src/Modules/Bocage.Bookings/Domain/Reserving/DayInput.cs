using System.Globalization;

namespace Bocage.Bookings.Domain.Reserving;

/// <summary>A day as a date field sends it (<c>2026-12-24</c>), whatever the page's language.</summary>
internal static class DayInput
{
    public static bool TryParse(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
