namespace Bocage.Procedures.Domain.Files;

/// <summary>
/// A file an applicant attached to one input of a file (dossier), once the kernel's upload checks accepted
/// it. The content lives in the kernel's file store under <see cref="StoredFileId"/>; this row is the proof
/// that the stored file belongs to this file, which every download checks before streaming a byte.
/// </summary>
internal sealed class FileAttachment
{
    /// <summary>The kernel's stored-file id, also the id in the answers.</summary>
    public Guid StoredFileId { get; private set; }

    public Guid FileId { get; private set; }

    /// <summary>
    /// The answer's input name: <c>kbis</c>, or <c>enfants.1.certificat</c> inside a repeatable block.
    /// </summary>
    public string Input { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long SizeBytes { get; private set; }

    public DateTime UploadedAt { get; private set; }

    public FileAttachment(
        Guid storedFileId,
        Guid fileId,
        string input,
        string name,
        string contentType,
        long sizeBytes,
        DateTime uploadedAt
    )
    {
        StoredFileId = storedFileId;
        FileId = fileId;
        Input = input;
        Name = name;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        UploadedAt = uploadedAt;
    }

    private FileAttachment() { }
}
