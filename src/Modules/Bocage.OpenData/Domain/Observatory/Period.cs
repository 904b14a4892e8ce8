using System.Globalization;

namespace Bocage.OpenData.Domain.Observatory;

/// <summary>A year (month 0) or a month of a year, stored as one sortable integer.</summary>
internal readonly record struct Period(int Year, int Month)
{
    public int Code => Year * 100 + Month;

    public static Period FromCode(int code) => new(code / 100, code % 100);

    /// <summary>Reads « 2024 » or « 2024-03 »; anything else is not a period.</summary>
    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        var parts = (text ?? "").Trim().Split('-');
        if (
            parts.Length is < 1 or > 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < 1900 or > 2100
        )
        {
            return false;
        }
        var month = 0;
        if (
            parts.Length == 2
            && (
                !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out month)
                || month is < 1 or > 12
            )
        )
        {
            return false;
        }
        period = new Period(year, month);
        return true;
    }

    public override string ToString() =>
        Month == 0 ? Year.ToString(CultureInfo.InvariantCulture) : $"{Year}-{Month:00}";
}
