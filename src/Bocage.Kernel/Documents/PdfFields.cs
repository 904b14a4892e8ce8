namespace Bocage.Kernel.Documents;

/// <summary>"Label : value" lines, e.g. the facts of a receipt.</summary>
public sealed record PdfFields(IReadOnlyList<PdfField> Items) : PdfBlock;
