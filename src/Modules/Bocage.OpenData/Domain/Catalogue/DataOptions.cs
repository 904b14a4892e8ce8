namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>The <c>Data</c> configuration section.</summary>
internal sealed class DataOptions
{
    /// <summary>Largest resource a producer may send (200 MB by default).</summary>
    public long MaxUploadBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>API requests per minute and per address for anonymous callers.</summary>
    public int ApiRequestsPerMinute { get; set; } = 120;
}
