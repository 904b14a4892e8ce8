namespace Bocage.Kernel.Documents;

/// <summary>
/// A printable document described as blocks; engines build it, <see cref="IPdfRenderer"/> lays it out on A4 pages.
/// </summary>
public sealed record PdfDocument(string Title, IReadOnlyList<PdfBlock> Blocks)
{
    /// <summary>Printed under the title, e.g. the issuer "Mairie de Fourmies".</summary>
    public string? Subtitle { get; init; }

    /// <summary>
    /// The issuer's coat of arms or logo (JPEG or PNG) printed above the title, as on the body's own paper; none
    /// when the body has not given one.
    /// </summary>
    public byte[]? Emblem { get; init; }

    /// <summary>Printed at the bottom of every page, followed by "page n / N".</summary>
    public string? Footer { get; init; }

    /// <summary>Language of the text (BCP 47), written in the document catalogue for screen readers.</summary>
    public string Language { get; init; } = "fr-FR";
}
