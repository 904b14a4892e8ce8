using System.IO.Compression;
using System.Text.Json;

namespace Bocage.Kernel.Accounts;

/// <summary>
/// What an engine holds about a person, so that the person can download it all and erase it
/// (RGPD articles 15, 17 and 20). Every engine that stores personal data registers one.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>File name in the export, e.g. <c>compte</c>.</summary>
    string Name { get; }

    Task<object?> ExportAsync(string accountId, CancellationToken cancellationToken);

    /// <summary>Erases or anonymises what may be erased; keeps what the law requires to keep.</summary>
    Task EraseAsync(string accountId, CancellationToken cancellationToken);
}

/// <summary>Gathers every engine's data about a person into one ZIP of JSON files.</summary>
public sealed class PersonalDataExport(IEnumerable<IPersonalDataSource> sources)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public async Task WriteZipAsync(string accountId, Stream destination, CancellationToken cancellationToken)
    {
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var source in sources)
        {
            var data = await source.ExportAsync(accountId, cancellationToken);
            if (data is null)
            {
                continue;
            }
            var entry = zip.CreateEntry($"{source.Name}.json", CompressionLevel.Optimal);
            await using var stream = entry.Open();
            await JsonSerializer.SerializeAsync(stream, data, data.GetType(), Json, cancellationToken);
        }
    }

    public async Task EraseAsync(string accountId, CancellationToken cancellationToken)
    {
        foreach (var source in sources)
        {
            await source.EraseAsync(accountId, cancellationToken);
        }
    }
}
