namespace Bocage.Kernel.Companies;

/// <summary>The Luhn key that INSEE puts at the end of SIREN and SIRET numbers to catch typing mistakes.</summary>
internal static class Luhn
{
    /// <summary>
    /// True when the ASCII digits satisfy the Luhn check (every second digit from the right doubled).
    /// </summary>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    /// <summary>Keeps the digits of what was typed, dropping spaces; null when anything else is in it.</summary>
    public static string? DigitsOf(string? input)
    {
        if (input is null)
        {
            return null;
        }
        var digits = new System.Text.StringBuilder(input.Length);
        foreach (var c in input)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            // Spaces, including the non-breaking ones of French number formatting, are how people group the digits.
            else if (!char.IsWhiteSpace(c))
            {
                return null;
            }
        }
        return digits.ToString();
    }
}
