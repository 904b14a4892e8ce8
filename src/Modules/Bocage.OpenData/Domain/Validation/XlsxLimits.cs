namespace Bocage.OpenData.Domain.Validation;

/// <summary>
/// How much of a workbook is read at most: its parts once inflated (a few hundred compressed kilobytes can
/// inflate to gigabytes) and its cells (rows times columns).
/// </summary>
internal sealed record XlsxLimits(long MaxUncompressedBytes, long MaxCells)
{
    public static readonly XlsxLimits Default = new(1024L * 1024 * 1024, 10_000_000);
}
