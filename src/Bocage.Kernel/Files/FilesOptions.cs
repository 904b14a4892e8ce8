namespace Bocage.Kernel.Files;

/// <summary>The <c>Files</c> configuration section.</summary>
public sealed class FilesOptions
{
    /// <summary>Largest upload when a field sets no limit of its own.</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Where stored files live; relative to the content root unless absolute.</summary>
    public string Root { get; set; } = "data/files";
}

/// <summary>The <c>ClamAv</c> configuration section: where clamd listens on TCP.</summary>
public sealed class ClamAvOptions
{
    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 3310;

    /// <summary>
    /// The longest clamd may keep silent: to accept the connection, to take a chunk, to give its verdict.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
