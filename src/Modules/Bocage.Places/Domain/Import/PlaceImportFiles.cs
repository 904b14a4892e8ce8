using Bocage.Kernel.Data;
using Bocage.Kernel.Files;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Places.Domain.Import;

/// <summary>
/// The file of an import between its check and its confirmation: accepted like every upload (extension, size,
/// UTF-8 text, ClamAV) and kept in the file store under its id, which the preview's confirmation sends back. Only
/// the agent who sent it may open it; an agent has one such file at most, a new one replacing the file of a
/// preview left unconfirmed, and any agent's file left unconfirmed for a day is deleted with the next upload (it may
/// hold people's phone numbers and addresses, kept no longer than the work needs).
/// </summary>
internal sealed class PlaceImportFiles(UploadService uploads, FileStore files, KernelDb kernel, TimeProvider clock)
{
    /// <summary>How long a checked file waits for its confirmation before it counts as abandoned.</summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromDays(1);

    /// <summary>5,000 lines of places with long descriptions in three languages stay well under this.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    private const string Engine = "Places";

    private static readonly string CsvType = FileKinds.Of(FileKind.Csv).ContentType;

    /// <summary>The stored file, or the upload's French refusal.</summary>
    public async Task<(StoredFile? File, string? Refusal)> AcceptAsync(
        string agentId,
        Stream content,
        string fileName,
        CancellationToken cancellationToken
    )
    {
        // Excel's plain CSV on a French Windows is Windows-1252: stored as UTF-8, like a « CSV UTF-8 » file.
        var (text, _) = await LegacyText.AsUtf8Async(content, MaxBytes, cancellationToken);
        await using var utf8 = text;
        var upload = await uploads.AcceptAsync(
            new UploadRequest(utf8, fileName, null, [FileKind.Csv], Engine, agentId) { MaxBytes = MaxBytes },
            cancellationToken
        );
        if (upload is UploadResult.Refused refused)
        {
            return (null, refused.Message);
        }
        var file = ((UploadResult.Accepted)upload).File;
        var abandoned = clock.GetUtcNow().UtcDateTime - Abandoned;
        var earlier = await kernel
            .StoredFiles.Where(f =>
                f.Engine == Engine
                && f.ContentType == CsvType
                && f.Id != file.Id
                && (f.UploadedBy == agentId || f.UploadedAt < abandoned)
            )
            .Select(f => f.Id)
            .ToListAsync(cancellationToken);
        foreach (var id in earlier)
        {
            await files.DeleteAsync(id, cancellationToken);
        }
        return (file, null);
    }

    /// <summary>The agent's own waiting file, or null (another's, already imported, or replaced).</summary>
    public async Task<StoredFileContent?> OpenAsync(string agentId, Guid id, CancellationToken cancellationToken) =>
        await IsWaitingAsync(agentId, id, cancellationToken) ? await files.OpenAsync(id, cancellationToken) : null;

    public async Task DiscardAsync(string agentId, Guid id, CancellationToken cancellationToken)
    {
        if (await IsWaitingAsync(agentId, id, cancellationToken))
        {
            await files.DeleteAsync(id, cancellationToken);
        }
    }

    private async Task<bool> IsWaitingAsync(string agentId, Guid id, CancellationToken cancellationToken) =>
        await files.FindAsync(id, cancellationToken) is { Engine: Engine, ContentType: var type } file
        && file.UploadedBy == agentId
        && type == CsvType;
}
