using System.Text.Json;
using Bocage.Places.Domain;
using Bocage.Places.Domain.Circuits;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bocage.Places.Data;

/// <summary>
/// A circuit is one row; its track and steps are JSON text, read and written whole (nobody queries one point of a
/// track), which keeps a 10,000-point track one read.
/// </summary>
internal static class CircuitConfiguration
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Configure(EntityTypeBuilder<Circuit> e)
    {
        e.HasKey(c => c.Id);
        e.HasIndex(c => c.Slug).IsUnique();
        e.Property(c => c.Slug).HasMaxLength(Circuit.SlugMaxLength);
        e.Property(c => c.Name).HasMaxLength(Place.NameMaxLength);
        e.Property(c => c.Practice).HasConversion<string>().HasMaxLength(10);
        e.Property(c => c.StartCommuneInsee).HasMaxLength(5);
        e.Property(c => c.PlacesAlong).HasMaxLength(1000);
        e.ComplexProperty(c => c.Summary);
        e.ComplexProperty(c => c.Description);
        e.Property(c => c.Points).HasConversion(JsonText<IReadOnlyList<TrackPoint>>(), ListComparer<TrackPoint>());
        e.Property(c => c.Steps).HasConversion(JsonText<IReadOnlyList<CircuitStep>>(), ListComparer<CircuitStep>());
    }

    private static Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<T, string> JsonText<T>()
        where T : class =>
        new(value => JsonSerializer.Serialize(value, Json), text => JsonSerializer.Deserialize<T>(text, Json)!);

    private static ValueComparer<IReadOnlyList<T>> ListComparer<T>() =>
        new(
            (a, b) => a != null && b != null && a.SequenceEqual(b),
            list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
            list => list.ToList()
        );
}
