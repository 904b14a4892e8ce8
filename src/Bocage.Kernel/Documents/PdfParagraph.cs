namespace Bocage.Kernel.Documents;

/// <summary>Wrapped text; a line break in the text starts a new line.</summary>
public sealed record PdfParagraph(string Text) : PdfBlock;
