using System.Text;

namespace Bocage.Kernel.Search;

/// <summary>
/// The words of a search as the index compares them: lower case, without accents, without the little words of
/// French, plurals reduced (« bacs » → « bac », « journaux » → « journal »). Each term then matches as a prefix,
/// so « cantin » finds « cantine » and « attestations » finds « attestation d'accueil ».
/// </summary>
public static class SearchTerms
{
    /// <summary>More words than this only slow the search down; the first ones decide.</summary>
    public const int MaxTerms = 8;

    private static readonly HashSet<string> StopWords =
    [
        "a",
        "au",
        "aux",
        "avec",
        "ce",
        "ces",
        "d",
        "dans",
        "de",
        "des",
        "du",
        "en",
        "est",
        "et",
        "il",
        "j",
        "je",
        "l",
        "la",
        "le",
        "les",
        "ma",
        "mes",
        "mon",
        "ne",
        "nous",
        "ou",
        "par",
        "pas",
        "pour",
        "qu",
        "que",
        "qui",
        "s",
        "sa",
        "se",
        "ses",
        "son",
        "sur",
        "t",
        "ta",
        "te",
        "tes",
        "ton",
        "un",
        "une",
        "vos",
        "votre",
        "vous",
    ];

    /// <summary>The search terms of a text, in order, each once.</summary>
    public static IReadOnlyList<string> Of(string? text) =>
        Words(text).Where(w => !StopWords.Contains(w)).Select(Stem).Distinct().Take(MaxTerms).ToList();

    /// <summary>True when every term begins one of the text's words: how one's own documents are matched.</summary>
    public static bool Matches(IReadOnlyList<string> terms, string? text)
    {
        var words = Words(text).Select(Stem).ToHashSet();
        return terms.Count > 0 && terms.All(t => words.Any(w => w.StartsWith(t, StringComparison.Ordinal)));
    }

    /// <summary>Plural endings of French removed; the rest of the word kept, so a prefix still matches.</summary>
    public static string Stem(string word) =>
        word.Length switch
        {
            > 4 when word.EndsWith("aux", StringComparison.Ordinal) => word[..^3] + "al",
            > 3 when word[^1] is 's' or 'x' => word[..^1],
            _ => word,
        };

    private static IEnumerable<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }
        var word = new StringBuilder();
        foreach (var c in Plain(text))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    /// <summary>Lower case, ligatures spelled out, accents dropped.</summary>
    private static string Plain(string text) => Bocage.Kernel.Text.Accents.Remove(text.ToLowerInvariant());
}
