using System.Globalization;

namespace Bocage.Places.Domain;

/// <summary>
/// A text in French, with its English and Dutch translations when someone wrote them (tourists and Belgian
/// neighbours read the directory): a missing translation falls back to the French, never to nothing.
/// </summary>
internal sealed record Localized(string Fr, string? En = null, string? Nl = null)
{
    public static readonly Localized Empty = new("");

    public string In(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName switch
        {
            "en" when !string.IsNullOrWhiteSpace(En) => En,
            "nl" when !string.IsNullOrWhiteSpace(Nl) => Nl,
            _ => Fr,
        };

    /// <summary>The languages written, for JSON-LD and the DATAtourisme export (language maps).</summary>
    public IEnumerable<(string Language, string Text)> Written()
    {
        yield return ("fr", Fr);
        if (!string.IsNullOrWhiteSpace(En))
        {
            yield return ("en", En);
        }
        if (!string.IsNullOrWhiteSpace(Nl))
        {
            yield return ("nl", Nl);
        }
    }
}
