using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Bocage.Kernel.Web;

/// <summary>
/// The one check of a return address (<c>retour=</c>) for every page and engine: only a path of this
/// site is followed. A value that could leave the site (<c>//host</c>, <c>/\host</c>) or that a
/// redirect cannot carry (control characters: tab, CR, LF) is refused, so the caller falls back to its
/// default instead of answering 500; letters outside ASCII are percent-encoded, as a browser would.
/// </summary>
public static class LocalUrls
{
    private const int MaxLength = 2048;

    /// <summary>
    /// Whether <paramref name="url"/> is a path of this site that a redirect may carry as it is or once encoded.
    /// </summary>
    public static bool IsLocal([NotNullWhen(true)] string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > MaxLength || url[0] != '/')
        {
            return false;
        }
        if (url.Length > 1 && url[1] is '/' or '\\')
        {
            return false;
        }
        foreach (var c in url)
        {
            if (char.IsControl(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The address to redirect to: <paramref name="url"/> made safe for a Location header, or <paramref
    /// name="fallback"/>.
    /// </summary>
    public static string OrDefault(string? url, string fallback) => IsLocal(url) ? Encode(url) : fallback;

    /// <summary>
    /// <paramref name="path"/> carrying the page to come back to (<c>?retour=</c>) through sign-in, sign-up and the
    /// mailed confirmation; <paramref name="path"/> alone when there is no local page to come back to.
    /// </summary>
    public static string WithReturn(string path, string? returnUrl) =>
        IsLocal(returnUrl) ? $"{path}?retour={Uri.EscapeDataString(returnUrl)}" : path;

    private static string Encode(string url)
    {
        if (url.All(c => c is > ' ' and < '\u007f'))
        {
            return url;
        }
        var text = new StringBuilder(url.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > ' ' and < 0x7f)
            {
                text.Append((char)rune.Value);
                continue;
            }
            var n = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..n])
            {
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return text.ToString();
    }
}
