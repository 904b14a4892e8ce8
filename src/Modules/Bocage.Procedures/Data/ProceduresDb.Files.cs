using Bocage.Kernel.Time;
using Bocage.Procedures.Domain.Files;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Data;

/// <summary>Files (dossiers), their revisions, history, messages, documents and the yearly number counter.</summary>
internal sealed partial class ProceduresDb
{
    public DbSet<ProcedureFile> Files => Set<ProcedureFile>();

    public DbSet<FileRevision> Revisions => Set<FileRevision>();

    public DbSet<FileEvent> FileEvents => Set<FileEvent>();

    public DbSet<FileMessage> Messages => Set<FileMessage>();

    public DbSet<FileDocument> Documents => Set<FileDocument>();

    public DbSet<FileCounter> Counters => Set<FileCounter>();

    public DbSet<HandledSettlement> HandledSettlements => Set<HandledSettlement>();

    partial void ConfigureFiles(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ProcedureFile>(e =>
        {
            e.ToTable("files");
            e.HasKey(f => f.Id);
            e.Property(f => f.Stamp).IsConcurrencyToken();
            e.Property(f => f.Number).HasMaxLength(20);
            e.HasIndex(f => f.Number).IsUnique();
            e.Property(f => f.CommuneInsee).HasMaxLength(5);
            e.Property(f => f.ApplicantEmail).HasMaxLength(254);
            // Files started before the language was kept were all mailed in French.
            e.Property(f => f.ApplicantLanguage).HasMaxLength(5).HasDefaultValue(SupportedCultures.Default);
            e.Property(f => f.StateKey).HasMaxLength(60);
            e.Property(f => f.Assignee).HasMaxLength(120);
            e.Property(f => f.SearchText).HasMaxLength(4000);
            // The inbox: files of some communes, by state, newest first (the keyset indexes are in
            // ProceduresDb.Inbox.cs).
            e.HasIndex(f => new
            {
                f.CommuneInsee,
                f.StateKind,
                f.SubmittedAt,
            });
            e.HasIndex(f => new { f.Assignee, f.SubmittedAt });
            e.HasIndex(f => f.ApplicantAccountId);
            e.HasIndex(f => f.TrackingCodeHash);
            if (Database.IsNpgsql())
            {
                e.HasIndex(f => f.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
            }
            e.HasMany(f => f.Revisions).WithOne().HasForeignKey(r => r.FileId);
            e.HasMany(f => f.Events).WithOne().HasForeignKey(r => r.FileId);
        });
        if (Database.IsNpgsql())
        {
            modelBuilder.HasPostgresExtension("pg_trgm");
        }
        modelBuilder.Entity<FileRevision>(e =>
        {
            e.ToTable("file_revisions");
            e.HasIndex(r => new { r.FileId, r.Number }).IsUnique();
        });
        modelBuilder.Entity<FileEvent>(e =>
        {
            e.ToTable("file_events");
            e.HasIndex(r => r.FileId);
        });
        modelBuilder.Entity<FileMessage>(e =>
        {
            e.ToTable("file_messages");
            e.HasIndex(m => m.FileId);
            e.Property(m => m.Text).HasMaxLength(5000);
        });
        modelBuilder.Entity<FileDocument>(e =>
        {
            e.ToTable("file_documents");
            e.HasIndex(d => d.FileId);
        });
        modelBuilder.Entity<FileCounter>(e =>
        {
            e.ToTable("file_counters");
            e.HasKey(c => c.Year);
            e.Property(c => c.Year).ValueGeneratedNever();
            e.Property(c => c.Last).IsConcurrencyToken();
        });
        modelBuilder.Entity<HandledSettlement>(e =>
        {
            e.ToTable("handled_settlements");
            e.HasKey(h => h.Key);
            e.Property(h => h.Key).HasMaxLength(200);
        });
    }
}
