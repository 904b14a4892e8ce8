namespace Bocage.Kernel.Documents;

/// <summary>A printable document described as blocks; engines build it, <see cref="IPdfRenderer"/> lays it out on A4 pages.</summary>
public sealed record PdfDocument(string Title, IReadOnlyList<PdfBlock> Blocks)
{
    /// <summary>Printed under the title, e.g. the issuer "Mairie de Fourmies".</summary>
    public string? Subtitle { get; init; }

    /// <summary>Printed at the bottom of every page, followed by "page n / N".</summary>
    public string? Footer { get; init; }

    /// <summary>Language of the text (BCP 47), written in the document catalogue for screen readers.</summary>
    public string Language { get; init; } = "fr-FR";
}

public abstract record PdfBlock;

public sealed record PdfHeading(string Text) : PdfBlock;

/// <summary>Wrapped text; a line break in the text starts a new line.</summary>
public sealed record PdfParagraph(string Text) : PdfBlock;

public sealed record PdfField(string Label, string Value);

/// <summary>"Label : value" lines, e.g. the facts of a receipt.</summary>
public sealed record PdfFields(IReadOnlyList<PdfField> Items) : PdfBlock;

/// <summary>A table whose header row is repeated on every page it spans.</summary>
public sealed record PdfTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : PdfBlock;

public interface IPdfRenderer
{
    byte[] Render(PdfDocument document);
}
