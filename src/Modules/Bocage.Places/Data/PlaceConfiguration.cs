using Bocage.Places.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bocage.Places.Data;

/// <summary>
/// A place is one row: its <see cref="PlaceDetails"/> and their translated texts are complex properties (columns
/// of the same table), so that the directory's filters stay plain indexed columns.
/// </summary>
internal static class PlaceConfiguration
{
    public static void Configure(EntityTypeBuilder<Place> e)
    {
        e.HasKey(p => p.Id);
        e.HasIndex(p => p.Slug).IsUnique();
        e.Property(p => p.Slug).HasMaxLength(Place.SlugMaxLength);
        e.Property(p => p.SearchText).HasMaxLength(Place.SearchTextMaxLength);
        e.Property(p => p.ClosedReason).HasMaxLength(500);
        e.ComplexProperty(
            p => p.Details,
            d =>
            {
                d.Property(x => x.Name).HasMaxLength(Place.NameMaxLength);
                d.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
                d.Property(x => x.CommuneInsee).HasMaxLength(5);
                d.Property(x => x.Street).HasMaxLength(Place.StreetMaxLength);
                d.Property(x => x.PostalCode).HasMaxLength(5);
                d.Property(x => x.Themes).HasMaxLength(Place.ListMaxLength);
                d.Property(x => x.OpeningHours).HasMaxLength(Place.ListMaxLength);
                d.Property(x => x.Phone).HasMaxLength(Place.PhoneMaxLength);
                d.Property(x => x.Email).HasMaxLength(Place.EmailMaxLength);
                d.Property(x => x.Website).HasMaxLength(Place.WebsiteMaxLength);
                d.Property(x => x.Siret).HasMaxLength(14);
                d.Property(x => x.Labels).HasMaxLength(500);
                d.Property(x => x.MediationServices).HasMaxLength(1000);
                d.Property(x => x.MediationAccess).HasMaxLength(500);
                d.Property(x => x.Programmes).HasMaxLength(500);
                d.Property(x => x.Bookables).HasMaxLength(500);
                Texts(d.ComplexProperty(x => x.Summary), Place.SummaryMaxLength);
                Texts(d.ComplexProperty(x => x.Description), Place.TextMaxLength);
                Texts(d.ComplexProperty(x => x.Accessibility), Place.AccessibilityMaxLength);
            }
        );
    }

    internal static void Texts(ComplexPropertyBuilder<Localized> texts, int maxLength)
    {
        texts.Property(t => t.Fr).HasMaxLength(maxLength);
        texts.Property(t => t.En).HasMaxLength(maxLength);
        texts.Property(t => t.Nl).HasMaxLength(maxLength);
    }
}
