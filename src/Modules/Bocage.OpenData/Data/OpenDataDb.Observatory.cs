using Bocage.OpenData.Domain.Broadband;
using Bocage.OpenData.Domain.Map;
using Bocage.OpenData.Domain.Observatory;
using Microsoft.EntityFrameworkCore;

namespace Bocage.OpenData.Data;

/// <summary>The observatory's indicators and values, the map's point layers and the coverage reports.</summary>
internal sealed partial class OpenDataDb
{
    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();

    public DbSet<MapFeature> MapFeatures => Set<MapFeature>();

    public DbSet<CoverageReport> CoverageReports => Set<CoverageReport>();

    public DbSet<Address> Addresses => Set<Address>();

    partial void ConfigureObservatory(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Indicator>(e =>
        {
            e.HasIndex(i => i.Slug).IsUnique();
            e.Property(i => i.Slug).HasMaxLength(80);
            e.Property(i => i.Title).HasMaxLength(200);
            e.Property(i => i.Unit).HasMaxLength(40);
            e.Property(i => i.Source).HasMaxLength(500);
            e.Property(i => i.Method).HasMaxLength(2000);
            e.Property(i => i.Theme).HasMaxLength(80);
            e.Property(i => i.SharedWith).HasMaxLength(1000);
            e.Property(i => i.ProducerOrganisation).HasMaxLength(100);
            e.Ignore(i => i.SharedOrganisations);
        });
        modelBuilder.Entity<IndicatorValue>(e =>
        {
            // The time series of one commune is a range scan of this index, even over ten million values.
            e.HasIndex(v => new
            {
                v.IndicatorId,
                v.CommuneInsee,
                v.Period,
            });
            e.HasIndex(v => v.Status);
            e.Property(v => v.CommuneInsee).HasMaxLength(5);
            e.Property(v => v.SubmittedBy).HasMaxLength(100);
            e.Property(v => v.ReviewedBy).HasMaxLength(100);
            e.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<MapFeature>(e =>
        {
            e.HasIndex(f => f.Layer);
            e.Property(f => f.Layer).HasMaxLength(80);
            e.Property(f => f.Name).HasMaxLength(200);
            e.Property(f => f.CommuneInsee).HasMaxLength(5);
            e.Property(f => f.Category).HasMaxLength(80);
            e.Property(f => f.Details).HasMaxLength(1000);
        });
        ConfigureAddresses(modelBuilder);
        modelBuilder.Entity<CoverageReport>(e =>
        {
            e.HasIndex(r => r.Status);
            e.Property(r => r.Address).HasMaxLength(CoverageReport.AddressMaxLength);
            e.Property(r => r.CommuneInsee).HasMaxLength(5);
            e.Property(r => r.Description).HasMaxLength(CoverageReport.DescriptionMaxLength);
            e.Property(r => r.ReviewedBy).HasMaxLength(100);
        });
    }
}
