using System.Globalization;

namespace Bocage.Bookings.Domain.Reserving;

/// <summary>
/// A slot's start as the pages send it: its UTC instant in ISO 8601, so that the hour repeated when the clocks go
/// back in October names one slot.
/// </summary>
internal static class SlotInput
{
    public static string Value(DateTime startUtc) => startUtc.ToString("O", CultureInfo.InvariantCulture);

    public static DateTime? Parse(string? value) =>
        DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var start)
            ? DateTime.SpecifyKind(start, DateTimeKind.Utc)
            : null;
}
