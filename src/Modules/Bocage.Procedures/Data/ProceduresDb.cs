using Bocage.Kernel.Data;
using Bocage.Procedures.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Data;

/// <summary>
/// The Procedures engine's tables, in schema <c>procedures</c> (prefix <c>procedures_</c> on SQLite).
/// The catalogue (procedures and their versions) is configured here; files, answers, messages and
/// their history in <c>ProceduresDb.Files.cs</c>.
/// </summary>
internal sealed partial class ProceduresDb(DbContextOptions<ProceduresDb> options) : EngineDbContext(options)
{
    public const string SchemaName = "procedures";

    public override string Schema => SchemaName;

    public DbSet<Procedure> Procedures => Set<Procedure>();

    public DbSet<ProcedureVersion> Versions => Set<ProcedureVersion>();

    protected override void ConfigureEngine(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Procedure>(e =>
        {
            e.ToTable("procedures");
            e.HasKey(p => p.Id);
            e.HasIndex(p => p.Slug).IsUnique();
            e.Property(p => p.Slug).HasMaxLength(120);
            e.Property(p => p.Title).HasMaxLength(200);
            e.Property(p => p.Theme).HasMaxLength(60);
            e.Property(p => p.CommuneInsee).HasMaxLength(5);
            e.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.ProcedureId);
        });
        modelBuilder.Entity<ProcedureVersion>(e =>
        {
            e.ToTable("procedure_versions");
            e.HasKey(v => v.Id);
            e.HasIndex(v => new { v.ProcedureId, v.Number }).IsUnique();
            e.Ignore(v => v.Form);
            e.Ignore(v => v.Workflow);
        });
        ConfigureFiles(modelBuilder);
        ConfigureStatistics(modelBuilder);
        ConfigureInbox(modelBuilder);
        ConfigureAttachments(modelBuilder);
    }

    partial void ConfigureFiles(ModelBuilder modelBuilder);

    partial void ConfigureStatistics(ModelBuilder modelBuilder);

    partial void ConfigureInbox(ModelBuilder modelBuilder);

    partial void ConfigureAttachments(ModelBuilder modelBuilder);
}
