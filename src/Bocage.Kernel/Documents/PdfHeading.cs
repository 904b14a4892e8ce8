namespace Bocage.Kernel.Documents;

public sealed record PdfHeading(string Text) : PdfBlock;
