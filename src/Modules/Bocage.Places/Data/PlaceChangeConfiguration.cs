using Bocage.Places.Domain.Companies;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bocage.Places.Data;

/// <summary>Companies' proposed changes: read by place (its history) and by status (the agents' queue).</summary>
internal static class PlaceChangeConfiguration
{
    public static void Configure(EntityTypeBuilder<PlaceChange> e)
    {
        e.HasKey(c => c.Id);
        e.HasIndex(c => new { c.PlaceId, c.Status });
        e.HasIndex(c => c.Status);
        e.HasIndex(c => c.AccountId);
        e.HasIndex(c => new { c.CompanyId, c.IsNewEntry });
        e.Property(c => c.CommuneInsee).HasMaxLength(5);
        e.Property(c => c.AccountId).HasMaxLength(64);
        e.Property(c => c.DecidedBy).HasMaxLength(64);
        e.Property(c => c.Language).HasMaxLength(5);
        e.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.Reason).HasMaxLength(PlaceChange.ReasonMaxLength);
        e.Ignore(c => c.Proposed);
        e.Ignore(c => c.ProposedEntry);
    }
}
