using Bocage.Procedures.Domain.Files;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Data;

/// <summary>
/// What the agents' inbox reads fast: keyset indexes on the files, and on SQLite the FTS5 search table.
/// </summary>
internal sealed partial class ProceduresDb
{
    /// <summary>SQLite only (see <see cref="FileSearchEntry"/>).</summary>
    public DbSet<FileSearchEntry> FileSearch => Set<FileSearchEntry>();

    partial void ConfigureInbox(ModelBuilder modelBuilder)
    {
        // Pages walk files newest first by (submitted at, id), the keyset of the inbox's links: across
        // the territory, within a procedure, or within a state.
        modelBuilder.Entity<ProcedureFile>(e =>
        {
            e.HasIndex(f => new { f.SubmittedAt, f.Id });
            e.HasIndex(f => new
            {
                f.ProcedureId,
                f.SubmittedAt,
                f.Id,
            });
            e.HasIndex(f => new
            {
                f.StateKey,
                f.SubmittedAt,
                f.Id,
            });
        });
        if (Database.IsNpgsql())
        {
            modelBuilder.Ignore<FileSearchEntry>();
        }
        else
        {
            // The FTS5 table and its triggers are created by the migration InboxAndStatistics.
            modelBuilder.Entity<FileSearchEntry>(e =>
            {
                e.ToTable("files_search", t => t.ExcludeFromMigrations());
                e.HasNoKey();
            });
        }
    }
}
