using Bocage.OpenData.Domain.Broadband;
using Microsoft.EntityFrameworkCore;

namespace Bocage.OpenData.Data;

/// <summary>The local address reference of the broadband page (migration <c>CoverageAddresses</c>).</summary>
internal sealed partial class OpenDataDb
{
    private static void ConfigureAddresses(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Address>(e =>
        {
            e.HasIndex(a => new { a.CommuneInsee, a.Street });
            e.Property(a => a.Number).HasMaxLength(20);
            e.Property(a => a.Street).HasMaxLength(Address.StreetMaxLength);
            e.Property(a => a.Postcode).HasMaxLength(5);
            e.Property(a => a.CommuneInsee).HasMaxLength(5);
            e.Ignore(a => a.Label);
        });
}
