using System.Security.Cryptography;
using Bocage.Kernel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bocage.Kernel.Files;

/// <summary>
/// Stored files: content on local disk under <c>Files:Root</c>, named by id in sharded folders (no
/// folder grows past a few thousand entries), metadata in the kernel's <c>stored_files</c> table.
/// Only <see cref="UploadService"/> writes, so nothing reaches the disk unchecked and unscanned.
/// </summary>
public sealed class FileStore(KernelDb db, IOptions<FilesOptions> options, IHostEnvironment environment)
{
    public string Root => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.Root));

    /// <summary>Where a file's content lives: <c>Root/ab/cd/abcd…</c>.</summary>
    public string PathOf(Guid id)
    {
        var name = id.ToString("N");
        return Path.Combine(Root, name[..2], name[2..4], name);
    }

    public Task<StoredFile?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);

    /// <summary>The file's metadata and content, or null when there is no such file.</summary>
    public async Task<StoredFileContent?> OpenAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var file = await FindAsync(id, cancellationToken);
        if (file is null)
        {
            return null;
        }
        var stream = new FileStream(PathOf(id), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        return new StoredFileContent(file, stream);
    }

    /// <summary>Removes the metadata and the content; false when there was no such file.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        // The row goes first: a crash in between leaves an orphan on disk, never a row without content.
        var deleted = await db.StoredFiles.Where(f => f.Id == id).ExecuteDeleteAsync(cancellationToken);
        File.Delete(PathOf(id));
        return deleted > 0;
    }

    /// <summary>
    /// Stores content the platform made itself: a photo resized from an upload that was sniffed and scanned, a
    /// demonstration file drawn by the code. Nothing a person sent goes through here (see <see cref="UploadService"/>).
    /// </summary>
    public async Task<StoredFile> SaveDerivedAsync(
        ReadOnlyMemory<byte> content,
        string name,
        FileKind kind,
        string engine,
        string by,
        DateTime nowUtc,
        CancellationToken cancellationToken = default
    )
    {
        var file = new StoredFile(
            Guid.NewGuid(),
            name,
            FileKinds.Of(kind).ContentType,
            content.Length,
            Convert.ToHexStringLower(SHA256.HashData(content.Span)),
            nowUtc,
            by,
            engine
        );
        Directory.CreateDirectory(IncomingFolder);
        var incoming = Path.Combine(IncomingFolder, $"{file.Id:N}.part");
        await File.WriteAllBytesAsync(incoming, content, cancellationToken);
        try
        {
            await SaveAsync(file, incoming, cancellationToken);
        }
        finally
        {
            File.Delete(incoming);
        }
        return file;
    }

    /// <summary>Where uploads wait while they are checked: on the store's disk, so storing one is a rename.</summary>
    internal string IncomingFolder => Path.Combine(Root, "incoming");

    internal Task SaveAsync(StoredFile file, IncomingFile incoming, CancellationToken cancellationToken) =>
        SaveAsync(file, incoming.Path, cancellationToken);

    private async Task SaveAsync(StoredFile file, string incomingPath, CancellationToken cancellationToken)
    {
        var path = PathOf(file.Id);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // A rename on the same disk: a reader never sees half a file under its final name.
            File.Move(incomingPath, path);
            db.StoredFiles.Add(file);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // No row without content, and no content without a row.
            File.Delete(path);
            db.Entry(file).State = EntityState.Detached;
            throw;
        }
    }
}
