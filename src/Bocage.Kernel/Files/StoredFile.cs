using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bocage.Kernel.Files;

/// <summary>What is known of a file a person sent, once it was checked, scanned and stored.</summary>
public sealed class StoredFile
{
    public Guid Id { get; private set; }

    /// <summary>The sender's file name, cleaned (<see cref="FileNames.Sanitise"/>); for display only.</summary>
    public string OriginalName { get; private set; } = "";

    /// <summary>The type found in the content, never the one the browser declared.</summary>
    public string ContentType { get; private set; } = "";

    public long SizeBytes { get; private set; }

    /// <summary>Lower-case hexadecimal SHA-256 of the content.</summary>
    public string Sha256 { get; private set; } = "";

    public DateTime UploadedAt { get; private set; }

    /// <summary>Account id of the sender, or a system name.</summary>
    public string UploadedBy { get; private set; } = "";

    /// <summary>The engine the file belongs to, e.g. <c>Procedures</c>.</summary>
    public string Engine { get; private set; } = "";

    public StoredFile(
        Guid id,
        string originalName,
        string contentType,
        long sizeBytes,
        string sha256,
        DateTime uploadedAt,
        string uploadedBy,
        string engine
    )
    {
        Id = id;
        OriginalName = originalName;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        Sha256 = sha256;
        // PostgreSQL keeps microseconds: keep what the database will give back.
        UploadedAt = new DateTime(uploadedAt.Ticks - uploadedAt.Ticks % 10, DateTimeKind.Utc);
        UploadedBy = uploadedBy;
        Engine = engine;
    }

    private StoredFile() { }

    internal static void Configure(EntityTypeBuilder<StoredFile> e)
    {
        e.ToTable("stored_files");
        e.HasKey(f => f.Id);
        e.Property(f => f.Id).ValueGeneratedNever();
        e.Property(f => f.OriginalName).HasMaxLength(FileNames.MaxLength);
        e.Property(f => f.ContentType).HasMaxLength(100);
        e.Property(f => f.Sha256).HasMaxLength(64);
        e.Property(f => f.UploadedBy).HasMaxLength(200);
        e.Property(f => f.Engine).HasMaxLength(40);
        e.HasIndex(f => f.Engine);
    }
}

/// <summary>A stored file opened for reading; dispose it to close the file.</summary>
public sealed class StoredFileContent(StoredFile file, Stream content) : IDisposable, IAsyncDisposable
{
    public StoredFile File => file;

    public Stream Content => content;

    public void Dispose() => content.Dispose();

    public ValueTask DisposeAsync() => content.DisposeAsync();
}
