using Bocage.Kernel.Audit;
using Bocage.Kernel.Files;
using Bocage.Kernel.Mail;
using Bocage.Kernel.Roadmap;
using Bocage.Kernel.Search;
using Bocage.Kernel.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bocage.Kernel.Data;

/// <summary>
/// The kernel's tables: territory, organisations, roadmap, audit log, stored files, outgoing mail,
/// the search index.
/// </summary>
public sealed class KernelDb(DbContextOptions<KernelDb> options) : EngineDbContext(options)
{
    public const string SchemaName = "kernel";

    public override string Schema => SchemaName;

    public DbSet<Intercommunality> Intercommunalities => Set<Intercommunality>();

    public DbSet<Commune> Communes => Set<Commune>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<RoadmapAction> RoadmapActions => Set<RoadmapAction>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();

    public DbSet<OutgoingMail> MailMessages => Set<OutgoingMail>();

    public DbSet<SearchEntry> SearchEntries => Set<SearchEntry>();

    protected override void ConfigureEngine(ModelBuilder b)
    {
        b.Entity<Intercommunality>(e =>
        {
            e.ToTable("intercommunalities");
            e.HasIndex(t => t.Slug).IsUnique();
            e.Property(t => t.Slug).HasMaxLength(80);
            e.Property(t => t.Name).HasMaxLength(200);
            e.Property(t => t.ShortName).HasMaxLength(40);
            e.HasMany(t => t.Communes).WithOne().HasForeignKey(c => c.IntercommunalityId);
            e.Ignore(t => t.Population);
            e.ComplexProperty(t => t.Identity, Identity);
        });
        b.Entity<Commune>(e =>
        {
            e.ToTable("communes");
            e.HasIndex(c => c.Insee).IsUnique();
            e.HasIndex(c => c.Slug).IsUnique();
            e.Property(c => c.Insee).HasMaxLength(5);
            e.Property(c => c.Name).HasMaxLength(120);
            e.Property(c => c.Slug).HasMaxLength(120);
            e.Property(c => c.PopulationSource).HasMaxLength(200);
            e.ComplexProperty(c => c.Identity, Identity);
        });
        b.Entity<Organisation>(e =>
        {
            e.ToTable("organisations");
            e.HasIndex(o => o.Slug).IsUnique();
            e.HasIndex(o => o.CommuneInsee);
            e.Property(o => o.Slug).HasMaxLength(120);
            e.Property(o => o.Name).HasMaxLength(200);
            e.Property(o => o.CommuneInsee).HasMaxLength(5);
            e.Property(o => o.Description).HasMaxLength(2000);
        });
        b.Entity<RoadmapAction>(e =>
        {
            e.ToTable("roadmap_actions");
            e.HasKey(a => a.Id);
            e.Property(a => a.Id).HasMaxLength(8);
            e.Ignore(a => a.TagList);
        });
        b.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit_entries");
            e.HasIndex(a => a.PreviousHash).IsUnique();
            e.HasIndex(a => a.At);
            e.HasIndex(a => a.CommuneInsee);
            e.Property(a => a.Hash).HasMaxLength(64);
            e.Property(a => a.PreviousHash).HasMaxLength(64);
            e.Property(a => a.Actor).HasMaxLength(200);
            e.Property(a => a.OnBehalfOf).HasMaxLength(200);
            e.Property(a => a.Action).HasMaxLength(200);
            e.Property(a => a.Target).HasMaxLength(300);
            e.Property(a => a.CommuneInsee).HasMaxLength(5);
        });
        b.Entity<StoredFile>(StoredFile.Configure);
        b.Entity<OutgoingMail>(OutgoingMail.Configure);
        b.Entity<OutgoingMailAttachment>(OutgoingMailAttachment.Configure);
        b.Entity<SearchEntry>(SearchEntry.Configure);
    }

    private static void Identity(ComplexPropertyBuilder<VisualIdentity> identity) =>
        identity.Property(i => i.Colour).HasMaxLength(7);
}
