using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Questions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bocage.Bookings.Data;

/// <summary>How a <see cref="Resource"/>, its closures and its questions are stored.</summary>
internal static class ResourceConfiguration
{
    public static void Configure(EntityTypeBuilder<Resource> e)
    {
        e.HasKey(r => r.Id);
        e.HasIndex(r => r.Slug).IsUnique();
        e.HasIndex(r => r.CommuneInsee);
        e.Property(r => r.Slug).HasMaxLength(Resource.SlugMaxLength);
        e.Property(r => r.Name).HasMaxLength(Resource.NameMaxLength);
        e.Property(r => r.CommuneInsee).HasMaxLength(5);
        e.Property(r => r.Address).HasMaxLength(Resource.NameMaxLength);
        e.Property(r => r.Description).HasMaxLength(Resource.TextMaxLength);
        e.Property(r => r.Amenities).HasMaxLength(Resource.TextMaxLength);
        e.Property(r => r.OpeningHours).HasMaxLength(Resource.HoursMaxLength);
        e.Ignore(r => r.AmenityList);
        e.Ignore(r => r.HasSessions);
        e.Ignore(r => r.Prices);
        e.Property(r => r.RegieCode).HasMaxLength(30);
        e.HasOne<Resource>().WithMany().HasForeignKey(r => r.RequiredTrainingId).OnDelete(DeleteBehavior.Restrict);
    }

    public static void Configure(EntityTypeBuilder<Closure> e)
    {
        e.HasKey(c => c.Id);
        e.HasIndex(c => new { c.ResourceId, c.LastDay });
        e.Property(c => c.Reason).HasMaxLength(Closure.ReasonMaxLength);
        e.HasOne<Resource>().WithMany().HasForeignKey(c => c.ResourceId).OnDelete(DeleteBehavior.Cascade);
        e.Ignore(c => c.StartUtc);
        e.Ignore(c => c.EndUtc);
    }

    public static void Configure(EntityTypeBuilder<Question> e)
    {
        e.HasKey(q => q.Id);
        e.HasIndex(q => new { q.ResourceId, q.Position });
        e.Property(q => q.Label).HasMaxLength(Question.LabelMaxLength);
        e.Property(q => q.Choices).HasMaxLength(Question.ChoicesMaxLength);
        e.HasOne<Resource>().WithMany().HasForeignKey(q => q.ResourceId).OnDelete(DeleteBehavior.Cascade);
        e.Ignore(q => q.ChoiceList);
        e.Ignore(q => q.Field);
    }
}
