using Bocage.OpenData.Domain.Validation;

namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>The <c>Data</c> configuration section.</summary>
internal sealed class DataOptions
{
    /// <summary>Largest resource a producer may send (200 MB by default).</summary>
    public long MaxUploadBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>The most a workbook's parts may weigh once inflated (1 GB by default).</summary>
    public long XlsxMaxUncompressedBytes { get; set; } = XlsxLimits.Default.MaxUncompressedBytes;

    /// <summary>The most cells (rows times columns) a workbook may hold (ten million by default).</summary>
    public long XlsxMaxCells { get; set; } = XlsxLimits.Default.MaxCells;

    /// <summary>API requests per minute and per address for anonymous callers.</summary>
    public int ApiRequestsPerMinute { get; set; } = 120;
}
