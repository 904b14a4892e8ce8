using System.Globalization;
using System.Text;

namespace Bocage.Kernel.Text;

/// <summary>
/// French text as plain Latin letters, for what compares or travels without accents (addresses, search
/// terms, slugs, PayFiP's objet): « Œuvre d'Été » → « Oeuvre d'Ete ». Case is kept.
/// </summary>
public static class Accents
{
    public static string Remove(string text)
    {
        var decomposed = text.Replace("œ", "oe")
            .Replace("Œ", "Oe")
            .Replace("æ", "ae")
            .Replace("Æ", "Ae")
            .Replace("ß", "ss")
            .Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(c);
            }
        }
        return plain.ToString().Normalize(NormalizationForm.FormC);
    }
}
