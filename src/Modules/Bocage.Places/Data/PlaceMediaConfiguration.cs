using Bocage.Places.Domain.Media;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bocage.Places.Data;

/// <summary>A place's media, read by place in their order; titles and descriptions as columns per language.</summary>
internal static class PlaceMediaConfiguration
{
    public static void Configure(EntityTypeBuilder<PlaceMedia> e)
    {
        e.HasKey(m => m.Id);
        e.HasIndex(m => new { m.PlaceId, m.Position });
        e.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(m => m.HotspotsJson).HasMaxLength(4000);
        e.Ignore(m => m.Hotspots);
        PlaceConfiguration.Texts(e.ComplexProperty(m => m.Title), PlaceMedia.TitleMaxLength);
        PlaceConfiguration.Texts(e.ComplexProperty(m => m.Description), PlaceMedia.DescriptionMaxLength);
    }
}
