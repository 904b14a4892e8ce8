namespace Bocage.Kernel.Documents;

public sealed record PdfField(string Label, string Value);
