using System.Text.RegularExpressions;

namespace Bocage.Kernel.Roadmap;

/// <summary>
/// The roadmap file writes capitals without their accents (« Economie », « Egalité ») and one tag two ways
/// (« E-inclusion », « e-inclusion »): it is read as French writes it, so filters list each tag once.
/// </summary>
public static partial class RoadmapSpelling
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["Economie"] = "Économie",
        ["Economies"] = "Économies",
        ["Economique"] = "Économique",
        ["Economiques"] = "Économiques",
        ["Egalité"] = "Égalité",
        ["Equité"] = "Équité",
        ["E-inclusion"] = "e-inclusion",
    };

    public static string Fix(string text) => KnownWord().Replace(text, m => Words[m.Value]);

    [GeneratedRegex(@"(?<![\p{L}-])(Economiques?|Economies?|Egalité|Equité|E-inclusion)(?![\p{L}-])")]
    private static partial Regex KnownWord();
}
