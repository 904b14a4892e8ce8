using Bocage.Procedures.Domain.Files;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Data;

/// <summary>Attachments: which kernel stored file belongs to which file's input.</summary>
internal sealed partial class ProceduresDb
{
    public DbSet<FileAttachment> Attachments => Set<FileAttachment>();

    partial void ConfigureAttachments(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FileAttachment>(e =>
        {
            e.ToTable("file_attachments");
            e.HasKey(a => a.StoredFileId);
            e.Property(a => a.StoredFileId).ValueGeneratedNever();
            e.Property(a => a.Input).HasMaxLength(200);
            e.Property(a => a.Name).HasMaxLength(200);
            e.Property(a => a.ContentType).HasMaxLength(100);
            e.HasIndex(a => a.FileId);
            // A deleted draft takes its attachment rows along; Attachments.DeleteStoredAsync removes the content.
            e.HasOne<ProcedureFile>().WithMany().HasForeignKey(a => a.FileId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
