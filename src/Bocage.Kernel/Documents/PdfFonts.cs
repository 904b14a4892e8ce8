using PdfSharp.Fonts;

namespace Bocage.Kernel.Documents;

/// <summary>
/// Serves DejaVu Sans from the kernel assembly so that French text (accents, €, «», œ) renders the same on any
/// server, whatever fonts the system has. The family name is Bocage's own so it never shadows a system font.
/// </summary>
internal sealed class PdfFonts : IFontResolver
{
    public const string Family = "Bocage DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lock Gate = new();
    private static bool _installed;

    public static PdfFonts Instance { get; } = new();

    private readonly Dictionary<string, byte[]> _faces = new(StringComparer.Ordinal)
    {
        [Regular] = Load(Regular),
        [Bold] = Load(Bold),
    };

    private PdfFonts() { }

    /// <summary>
    /// PDFsharp has one process-wide resolver that may be set only once. We take it if nobody did; if the host set
    /// its own, ours becomes the fallback (asked when the host's resolver does not know our family) instead of
    /// replacing it.
    /// </summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (_installed)
            {
                return;
            }

            var current = GlobalFontSettings.FontResolver;
            if (current is null)
            {
                GlobalFontSettings.FontResolver = Instance;
            }
            else if (current != Instance && GlobalFontSettings.FallbackFontResolver is null)
            {
                GlobalFontSettings.FallbackFontResolver = Instance;
            }

            _installed = true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // No italic face is embedded: PDFsharp slants the upright one.
        return new FontResolverInfo(bold ? Bold : Regular, false, italic);
    }

    public byte[]? GetFont(string faceName) => _faces.GetValueOrDefault(faceName);

    private static byte[] Load(string face)
    {
        var name = $"Bocage.Kernel.Documents.Fonts.{face}.ttf";
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded font {name} is missing from the kernel assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
