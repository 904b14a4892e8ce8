using Bocage.OpenData.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Bocage.OpenData.Data;

internal sealed partial class OpenDataDb
{
    public DbSet<Dataset> Datasets => Set<Dataset>();

    public DbSet<Resource> Resources => Set<Resource>();

    public DbSet<DataRow> Rows => Set<DataRow>();

    partial void ConfigureCatalogue(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Dataset>(e =>
        {
            e.HasIndex(d => d.Slug).IsUnique();
            e.Property(d => d.Slug).HasMaxLength(100);
            e.Property(d => d.Title).HasMaxLength(300);
            e.HasMany(d => d.Resources).WithOne().HasForeignKey(r => r.DatasetId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Resource>(e =>
        {
            e.HasIndex(r => new { r.DatasetId, r.Slug }).IsUnique();
            e.Ignore(r => r.Fields);
        });
        modelBuilder.Entity<DataRow>(e =>
        {
            // Rows are read by batch in file order. Filters and sorts on a column of a large batch use that
            // batch's own partial indexes (RowIndexes), created at publication: not in the model.
            e.HasIndex(r => new { r.BatchId, r.Number });
            if (Database.IsNpgsql())
            {
                e.Property(r => r.Data).HasColumnType("jsonb");
            }
        });
    }
}
