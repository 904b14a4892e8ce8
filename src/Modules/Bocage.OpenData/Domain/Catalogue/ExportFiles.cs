using System.Collections.Concurrent;
using Bocage.Kernel.Files;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>
/// The complete export of a published version, written once to a file and then served as a static file
/// (like CKAN's datastore dumps): <c>{Files:Root}/exports/{resource}/{batch}.{format}</c>. The name holds
/// the batch, so a file can only ever answer for the version it was written from: after a swap the
/// resource points to another batch, whose file is written on its first download, and the old one is
/// deleted. A file is written under a temporary name and renamed, so a reader never sees half of it.
/// </summary>
internal sealed class ExportFiles(IOptions<FilesOptions> files, IHostEnvironment environment)
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Writing = new();

    public string Root => Path.GetFullPath(Path.Combine(environment.ContentRootPath, files.Value.Root, "exports"));

    public string PathOf(Guid resource, Guid batch, string format) =>
        Path.Combine(Root, resource.ToString("N"), $"{batch:N}.{format}");

    /// <summary>
    /// The file of this version in this format, written by <paramref name="write"/> when missing; two
    /// requests at once write it once (the second waits). Files of other versions of the resource go.
    /// </summary>
    public async Task<FileInfo> GetOrWriteAsync(
        Guid resource,
        Guid batch,
        string format,
        Func<Stream, CancellationToken, Task> write,
        CancellationToken cancellationToken
    )
    {
        var path = PathOf(resource, batch, format);
        if (File.Exists(path))
        {
            return new FileInfo(path);
        }
        var gate = Writing.GetOrAdd(path, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (!File.Exists(path))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
                try
                {
                    await using (
                        var stream = new FileStream(
                            temporary,
                            FileMode.CreateNew,
                            FileAccess.ReadWrite,
                            FileShare.None,
                            1 << 16,
                            FileOptions.Asynchronous
                        )
                    )
                    {
                        await write(stream, cancellationToken);
                    }
                    File.Move(temporary, path, overwrite: true);
                }
                finally
                {
                    File.Delete(temporary);
                }
                Forget(resource, batch);
            }
        }
        finally
        {
            gate.Release();
        }
        return new FileInfo(path);
    }

    /// <summary>
    /// Deletes the files of every version of the resource but <paramref name="keep"/> (none when empty).
    /// </summary>
    public void Forget(Guid resource, Guid keep)
    {
        var folder = Path.Combine(Root, resource.ToString("N"));
        if (!Directory.Exists(folder))
        {
            return;
        }
        var kept = keep.ToString("N") + ".";
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            var name = Path.GetFileName(file);
            // A temporary file is being written by a request, which renames or deletes it itself.
            if (!name.StartsWith(kept, StringComparison.Ordinal) && !name.EndsWith(".tmp", StringComparison.Ordinal))
            {
                TryDelete(file);
            }
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
            // Being written by a request for a version that has just been replaced: that request's own clean-up removes
            // it.
        }
    }
}
