using Bocage.Payments.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Payments.Data;

/// <summary>Tables <c>import_jobs</c> and <c>import_refusals</c> (migration <c>ImportJobs</c>).</summary>
internal static class ImportJobConfiguration
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ImportJob>(e =>
        {
            e.HasKey(j => j.Id);
            e.HasIndex(j => new { j.AgentId, j.CreatedAtUtc });
            e.HasIndex(j => new { j.State, j.CreatedAtUtc });
            e.Property(j => j.AgentId).HasMaxLength(64);
            e.Property(j => j.FileName).HasMaxLength(200);
            e.Property(j => j.Error).HasMaxLength(64);
            e.Property(j => j.Version).IsConcurrencyToken();
            e.Ignore(j => j.IsOver);
            e.Ignore(j => j.Percent);
        });
        modelBuilder.Entity<ImportRefusal>(e =>
        {
            e.HasKey(r => new { r.JobId, r.Line });
            e.Property(r => r.Reasons).HasMaxLength(400);
        });
    }
}
