namespace Bocage.Procedures.Domain.Answers;

/// <summary>
/// IBAN check (ISO 13616): country, two check digits, then the account; the number read with letters as 10–35 is 1
/// modulo 97.
/// </summary>
internal static class Iban
{
    public static string? Normalise(string text)
    {
        if (text.Length > 64)
        {
            return null;
        }
        var iban = new string(text.Where(c => c is not (' ' or '-')).ToArray()).ToUpperInvariant();
        if (
            iban.Length is < 15 or > 34
            || !char.IsAsciiLetterUpper(iban[0])
            || !char.IsAsciiLetterUpper(iban[1])
            || !char.IsAsciiDigit(iban[2])
            || !char.IsAsciiDigit(iban[3])
            || !iban.All(char.IsAsciiLetterOrDigit)
        )
        {
            return null;
        }
        if (iban.StartsWith("FR", StringComparison.Ordinal) && iban.Length != 27)
        {
            return null;
        }
        var remainder = 0;
        foreach (var c in iban[4..] + iban[..4])
        {
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97;
        }
        return remainder == 1 ? iban : null;
    }
}
