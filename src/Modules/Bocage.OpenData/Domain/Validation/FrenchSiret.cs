namespace Bocage.OpenData.Domain.Validation;

/// <summary>
/// The SIRET check Validata runs for SCDL schemas (<c>french-siret-value</c>): 14 digits passing the Luhn key,
/// except La Poste's establishments (SIREN 356 000 000), whose digits add up to a multiple of 5.
/// </summary>
internal static class FrenchSiret
{
    private const string LaPoste = "356000000";

    public static bool IsValid(string text) =>
        text.Length == 14
        && text.All(char.IsAsciiDigit)
        && (text.StartsWith(LaPoste, StringComparison.Ordinal) ? text.Sum(c => c - '0') % 5 == 0 : Luhn(text) == 0);

    /// <summary>The 14th digit that makes a valid SIRET of the first 13 (demo data, tests).</summary>
    public static string Complete(string thirteen) => thirteen + (char)('0' + (10 - Luhn(thirteen + "0")) % 10);

    private static int Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[^(i + 1)] - '0';
            sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
        }
        return sum % 10;
    }
}
