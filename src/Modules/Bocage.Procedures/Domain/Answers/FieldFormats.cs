using System.Globalization;
using System.Text.RegularExpressions;
using Bocage.Kernel.Territory;
using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Domain.Answers;

/// <summary>
/// The checks of Démarches Simplifiées' field types beyond the first ones: decimal, date and hour, any commune
/// of France, RNA number and map point. Each returns the message, or the value as kept.
/// </summary>
internal static partial class FieldFormats
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// The most candidates named when a commune's name has namesakes: the message teaches the form « Nom (59) »,
    /// which reaches any of them.
    /// </summary>
    private const int Namesakes = 6;

    /// <summary>
    /// « 12,5 » or « 12.5 » (spaces between thousands allowed), kept as « 12.5 »; bounds are whole numbers.
    /// </summary>
    public static (string?, string?) Decimal(FieldDefinition field, string text, AnswerMessages messages)
    {
        var compact = text.Replace(" ", "", StringComparison.Ordinal)
            .Replace("\u00a0", "", StringComparison.Ordinal)
            .Replace("\u202f", "", StringComparison.Ordinal)
            .Replace(',', '.');
        if (
            compact.Length > 20
            || !decimal.TryParse(
                compact,
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                Invariant,
                out var number
            )
        )
        {
            return (messages.Decimal(field.Label), null);
        }
        if (field.Min is { } min && number < min)
        {
            return (messages.Below(field.Label, min.ToString(Invariant)), null);
        }
        if (field.Max is { } max && number > max)
        {
            return (messages.Above(field.Label, max.ToString(Invariant)), null);
        }
        return (null, (number / 1.000000000000000000000000000000000m).ToString(Invariant));
    }

    /// <summary>What a browser's date-and-time input sends (« 2026-12-05T08:30 »), or « 05/12/2026 08:30 ».</summary>
    public static (string?, string?) DateTime(string label, string text, AnswerMessages messages)
    {
        string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "dd/MM/yyyy HH:mm", "d/M/yyyy H:mm"];
        if (
            text.Length > 19
            || !System.DateTime.TryParseExact(text, formats, Invariant, DateTimeStyles.None, out var moment)
        )
        {
            return (messages.DateTime(label), null);
        }
        return moment.Year is < 1900 or > 2100
            ? (messages.DateRange(label), null)
            : (null, moment.ToString("yyyy-MM-dd'T'HH:mm", Invariant));
    }

    /// <summary>
    /// A name, a postcode or an INSEE code; kept as the INSEE code. When several communes answer, the message names
    /// them as the person can type them back (« Saint-Aubin (59) »).
    /// </summary>
    public static (string?, string?) Commune(string label, string text, AnswerMessages messages)
    {
        var found = text.Length > 80 ? [] : FrenchGeography.Find(text);
        return found.Count switch
        {
            0 => (messages.AnyCommune(label), null),
            1 => (null, found[0].Code),
            _ => (messages.WhichCommune(label, found.Take(Namesakes).Select(c => c.Display)), null),
        };
    }

    [GeneratedRegex(@"^W\d{9}$", RegexOptions.None, 100)]
    private static partial Regex RnaShape();

    /// <summary>W and 9 digits; typed in lower case or with spaces, kept in capitals without them.</summary>
    public static (string?, string?) Rna(string label, string text, AnswerMessages messages)
    {
        var compact = text.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return RnaShape().IsMatch(compact) ? (null, compact) : (messages.Rna(label), null);
    }

    /// <summary>
    /// « latitude, longitude » in decimal degrees (a comma or a point as decimal mark), kept to 6 decimals.
    /// </summary>
    public static (string?, string?) MapPoint(string label, string text, AnswerMessages messages)
    {
        var parts = text.Split([';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 1 && text.Contains('.', StringComparison.Ordinal))
        {
            // « 50.0139,4.0519 »: with points as decimal marks, the comma separates the two numbers.
            parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        if (
            text.Length > 60
            || parts.Length != 2
            || !TryDegrees(parts[0].TrimEnd(','), out var latitude)
            || !TryDegrees(parts[1], out var longitude)
            || latitude is < -90 or > 90
            || longitude is < -180 or > 180
        )
        {
            return (messages.MapPoint(label), null);
        }
        return (null, string.Create(Invariant, $"{latitude:0.######}, {longitude:0.######}"));
    }

    private static bool TryDegrees(string text, out double degrees) =>
        double.TryParse(text.Replace(',', '.'), NumberStyles.Float, Invariant, out degrees) && double.IsFinite(degrees);
}
