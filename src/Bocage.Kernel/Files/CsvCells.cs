using System.Text;

namespace Bocage.Kernel.Files;

/// <summary>
/// Every CSV the platform writes goes cell by cell through here: quoted as RFC 4180 asks, and
/// neutralised against formula injection (OWASP « CSV injection »): a text cell that a spreadsheet
/// would read as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab, a NUL or a carriage
/// return) gets a leading <c>'</c>, so that a value typed by anyone (a dataset, a form answer) never
/// runs in an agent's spreadsheet. A number such as <c>-12.5</c> or <c>+3</c> stays a number.
/// </summary>
public static class CsvCells
{
    /// <summary>The cell, neutralised and quoted when it holds the separator, a quote or a line break.</summary>
    public static string Cell(string? value, char separator)
    {
        var text = Neutralise(value ?? "");
        return text.IndexOfAny([separator, '"', '\n', '\r']) < 0
            ? text
            : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>A whole line of cells, ended by <paramref name="end"/>.</summary>
    public static string Line(IEnumerable<string?> values, char separator, string end = "\n") =>
        string.Join(separator, values.Select(v => Cell(v, separator))) + end;

    /// <summary>The value with a leading <c>'</c> when a spreadsheet would take it for a formula.</summary>
    public static string Neutralise(string value) => NeedsPrefix(value.AsSpan()) ? "'" + value : value;

    /// <summary>Whether the UTF-8 text of a cell must get a leading <c>'</c> (for writers working on bytes).</summary>
    public static bool NeedsPrefix(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty || !IsTrigger((char)utf8[0]))
        {
            return false;
        }
        // Only ASCII can make a number: decode just enough to tell.
        Span<char> chars = stackalloc char[Math.Min(utf8.Length, 64)];
        if (utf8.Length > chars.Length)
        {
            return true;
        }
        var n = Encoding.UTF8.GetChars(utf8, chars);
        return !IsNumber(chars[..n]);
    }

    public static bool NeedsPrefix(ReadOnlySpan<char> text) => !text.IsEmpty && IsTrigger(text[0]) && !IsNumber(text);

    // A leading NUL too, as ASVS 5.0 (1.2.10) lists it: some spreadsheets drop it and read what follows.
    private static bool IsTrigger(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r' or '\0';

    /// <summary>
    /// A plain decimal number, signed, with a point or a comma (French spreadsheets), optionally an
    /// exponent: what a spreadsheet reads as a value, never as a formula.
    /// </summary>
    internal static bool IsNumber(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (i < text.Length && text[i] is '+' or '-')
        {
            i++;
        }
        var digits = Digits(text, ref i);
        if (i < text.Length && text[i] is '.' or ',')
        {
            i++;
            digits += Digits(text, ref i);
        }
        if (digits == 0)
        {
            return false;
        }
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }
            if (Digits(text, ref i) == 0)
            {
                return false;
            }
        }
        return i == text.Length;
    }

    private static int Digits(ReadOnlySpan<char> text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        return i - start;
    }
}
