using Bocage.Procedures.Domain.Designer.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Data;

/// <summary>
/// The statistics summary (files per procedure and month, processing-time distribution), maintained by
/// every save that submits or decides a file, in the same transaction: the statistics page and dataset
/// read a few thousand summary rows instead of every file.
/// </summary>
internal sealed partial class ProceduresDb
{
    public DbSet<MonthlyFiles> MonthlyFiles => Set<MonthlyFiles>();

    public DbSet<MonthlyDurations> MonthlyDurations => Set<MonthlyDurations>();

    partial void ConfigureStatistics(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MonthlyFiles>(e =>
        {
            e.ToTable("statistics_months");
            e.HasKey(m => new { m.ProcedureId, m.Month });
            e.Property(m => m.Month).HasMaxLength(7);
        });
        modelBuilder.Entity<MonthlyDurations>(e =>
        {
            e.ToTable("statistics_durations");
            e.HasKey(m => new
            {
                m.ProcedureId,
                m.Month,
                m.Tenths,
            });
            e.Property(m => m.Month).HasMaxLength(7);
        });
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(
        bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken = default
    )
    {
        var deltas = SummaryDeltas.Of(ChangeTracker);
        if (deltas.IsEmpty)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            // Changes are accepted only once the summary is written too: a failure leaves the tracked
            // entities as they were, ready for the caller's retry.
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
            await SummaryStore.ApplyAsync(this, deltas, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
            if (acceptAllChangesOnSuccess)
            {
                ChangeTracker.AcceptAllChanges();
            }
            return saved;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }
}
