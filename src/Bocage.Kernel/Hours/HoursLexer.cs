using System.Text;

namespace Bocage.Kernel.Hours;

/// <summary>
/// Cuts one rule into tokens. Spaces only separate tokens, so <c>Mo - Fr</c> reads as <c>Mo-Fr</c>; an en dash is
/// read as a hyphen because word processors put one in when people copy their hours from a document.
/// </summary>
internal static class HoursLexer
{
    public static IReadOnlyList<HoursToken> Tokens(string rule)
    {
        var tokens = new List<HoursToken>();
        var atom = new StringBuilder();
        foreach (var c in rule)
        {
            var punctuation = Punctuation(c);
            if (punctuation is null && !char.IsWhiteSpace(c))
            {
                atom.Append(c);
                continue;
            }
            Flush(atom, tokens);
            if (punctuation is { } kind)
            {
                tokens.Add(new HoursToken(kind, kind == TokenKind.Dash ? "-" : c.ToString()));
            }
        }
        Flush(atom, tokens);
        return tokens;
    }

    private static TokenKind? Punctuation(char c) =>
        c switch
        {
            '-' or '–' => TokenKind.Dash,
            ',' => TokenKind.Comma,
            '/' => TokenKind.Slash,
            _ => null,
        };

    private static void Flush(StringBuilder atom, List<HoursToken> tokens)
    {
        if (atom.Length == 0)
        {
            return;
        }
        var text = atom.ToString();
        atom.Clear();
        tokens.Add(new HoursToken(Classify(text), text));
    }

    private static TokenKind Classify(string text)
    {
        if (text.All(char.IsAsciiLetter))
        {
            return TokenKind.Word;
        }
        if (text.All(char.IsAsciiDigit))
        {
            return TokenKind.Number;
        }
        var colon = text.IndexOf(':');
        var isClock =
            colon is 1 or 2
            && text.Length == colon + 3
            && text[..colon].All(char.IsAsciiDigit)
            && text[(colon + 1)..].All(char.IsAsciiDigit);
        return isClock ? TokenKind.Clock : TokenKind.Other;
    }
}
