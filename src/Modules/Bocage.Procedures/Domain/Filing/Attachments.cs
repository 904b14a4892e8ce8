using Bocage.Kernel.Files;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Files;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bocage.Procedures.Domain.Filing;

/// <summary>A file sent for one input of a page.</summary>
internal sealed record PostedFile(string Input, IFormFile Upload);

/// <summary>
/// The files applicants attach: each goes through the kernel's <see cref="UploadService"/> (kinds of its
/// field, size, content sniffing, ClamAV) and, once accepted, its id becomes the input's answer and a
/// <see cref="FileAttachment"/> row ties it to the file. A refused file leaves the previous answer as it
/// was and gives the kernel's French message for its input.
/// </summary>
internal sealed class Attachments(
    ProceduresDb db,
    UploadService uploads,
    FileStore store,
    IOptions<FilesOptions> files,
    TimeProvider clock
)
{
    public const string Engine = "Procedures";

    /// <summary>
    /// Applies the removal and the uploads of a page to <paramref name="answers"/>; returns the messages of
    /// refused files by input name. The caller saves. A draft's replaced or removed file is deleted after
    /// the save (<see cref="DeleteStoredAsync"/>); a submitted file keeps it, for its earlier revision.
    /// </summary>
    public async Task<(Dictionary<string, string> Errors, List<Guid> Replaced)> ReceiveAsync(
        ProcedureFile file,
        IReadOnlyList<FieldDefinition> fields,
        IEnumerable<PostedFile> posted,
        string? remove,
        AnswerSet answers,
        string uploadedBy,
        CancellationToken cancellationToken = default
    )
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var replaced = new List<Guid>();
        if (remove is not null && FileInputs.IsFile(fields, remove))
        {
            replaced.AddRange(Previous(answers, remove));
            answers.Values.Remove(remove);
        }
        foreach (var (input, upload) in posted)
        {
            // A file input left empty is still sent by browsers, with no name: nothing was chosen.
            if (string.IsNullOrEmpty(upload.FileName) || FileInputs.FieldOf(fields, input) is not { } field)
            {
                continue;
            }
            await using var content = upload.OpenReadStream();
            var result = await uploads.AcceptAsync(
                new UploadRequest(content, upload.FileName, upload.ContentType, field.AcceptedKinds, Engine, uploadedBy)
                {
                    MaxBytes = field.MaxBytes(files.Value.MaxBytes),
                },
                cancellationToken
            );
            if (result is UploadResult.Refused refused)
            {
                errors[input] = refused.Message;
                continue;
            }
            var stored = ((UploadResult.Accepted)result).File;
            replaced.AddRange(Previous(answers, input));
            db.Attachments.Add(
                new FileAttachment(
                    stored.Id,
                    file.Id,
                    input,
                    stored.OriginalName,
                    stored.ContentType,
                    stored.SizeBytes,
                    clock.GetUtcNow().UtcDateTime
                )
            );
            answers.Set(input, stored.Id.ToString());
        }
        return (errors, file.IsDraft ? replaced : []);
    }

    /// <summary>
    /// Deletes files a draft no longer points to: their rows here and their content in the kernel's store.
    /// </summary>
    public async Task DeleteStoredAsync(
        Guid fileId,
        IEnumerable<Guid> storedIds,
        CancellationToken cancellationToken = default
    )
    {
        foreach (var id in storedIds.Distinct().ToList())
        {
            if (
                await db
                    .Attachments.Where(a => a.StoredFileId == id && a.FileId == fileId)
                    .ExecuteDeleteAsync(cancellationToken) > 0
            )
            {
                await store.DeleteAsync(id, cancellationToken);
            }
        }
    }

    /// <summary>The attachments of a file, by stored-file id.</summary>
    public async Task<IReadOnlyDictionary<Guid, FileAttachment>> OfFileAsync(
        Guid fileId,
        CancellationToken cancellationToken = default
    ) =>
        await db
            .Attachments.AsNoTracking()
            .Where(a => a.FileId == fileId)
            .ToDictionaryAsync(a => a.StoredFileId, cancellationToken);

    /// <summary>
    /// The content of an attachment of this file, or null when the id is not one of its attachments: the
    /// caller has checked who may see the file, this checks that the attachment belongs to it.
    /// </summary>
    public async Task<(FileAttachment Attachment, StoredFileContent Content)?> OpenAsync(
        Guid fileId,
        Guid storedId,
        CancellationToken cancellationToken = default
    )
    {
        var attachment = await db
            .Attachments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.StoredFileId == storedId && a.FileId == fileId, cancellationToken);
        if (attachment is null || !File.Exists(store.PathOf(storedId)))
        {
            return null;
        }
        return await store.OpenAsync(storedId, cancellationToken) is { } content ? (attachment, content) : null;
    }

    private static IEnumerable<Guid> Previous(AnswerSet answers, string input) =>
        Guid.TryParse(answers[input], out var id) ? [id] : [];
}
