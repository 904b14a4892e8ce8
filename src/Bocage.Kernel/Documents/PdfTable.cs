namespace Bocage.Kernel.Documents;

/// <summary>A table whose header row is repeated on every page it spans.</summary>
public sealed record PdfTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : PdfBlock;
