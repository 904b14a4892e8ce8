using Bocage.Skeleton.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bocage.Skeleton.Data;

/// <summary>How an <see cref="Item"/> is stored; one configuration per aggregate keeps the context short.</summary>
internal static class ItemConfiguration
{
    public static void Configure(EntityTypeBuilder<Item> e)
    {
        e.HasKey(i => i.Id);
        e.HasIndex(i => i.Name).IsUnique();
        e.Property(i => i.Name).HasMaxLength(Item.NameMaxLength);
    }
}
