using System.Globalization;
using Bocage.Places.Domain;
using Bocage.Places.Domain.Directory;
using Bocage.Places.Domain.Export;

namespace Bocage.Places.Tests.Domain;

/// <summary>A place's rules, its translations, « open now » and the national schema's phone form.</summary>
public sealed class PlaceRulesTests
{
    private static readonly PlaceDetails Museum = new("Musée", PlaceKind.Museum, "59249", "Place Verte", "59610", 50, 4)
    {
        OpeningHours = "Mo-Fr 09:00-12:00",
    };

    [Fact]
    public void A_description_is_checked_before_it_is_kept()
    {
        Assert.Null(PlaceRules.Problem(Museum));
        Assert.NotNull(PlaceRules.Problem(Museum with { CommuneInsee = "Fourmies" }));
        Assert.NotNull(PlaceRules.Problem(Museum with { Latitude = 95 }));
        Assert.NotNull(PlaceRules.Problem(Museum with { Siret = "123" }));
        Assert.Contains("n'est pas un jour", PlaceRules.Problem(Museum with { OpeningHours = "Lu 09:00-12:00" }));
        Assert.Throws<ArgumentException>(() => Place.Create("Pas Un Slug", Museum, DateTime.UnixEpoch));
    }

    [Fact]
    public void A_missing_translation_falls_back_to_french()
    {
        var text = new Localized("Bonjour", En: "Hello");

        Assert.Equal("Hello", text.In(CultureInfo.GetCultureInfo("en")));
        Assert.Equal("Bonjour", text.In(CultureInfo.GetCultureInfo("nl")));
        Assert.Equal(["fr", "en"], text.Written().Select(w => w.Language));
    }

    [Fact]
    public void Open_now_reads_the_hours_and_a_temporary_closure()
    {
        var place = Place.Create("musee", Museum, DateTime.UnixEpoch);
        var mondayMorning = new DateTime(2026, 12, 7, 10, 0, 0);
        var mondayEvening = new DateTime(2026, 12, 7, 19, 0, 0);

        Assert.True(PlaceDirectory.IsOpen(place, mondayMorning));
        Assert.False(PlaceDirectory.IsOpen(place, mondayEvening));
        place.CloseUntil(new DateOnly(2026, 12, 20), "Travaux", DateTime.UnixEpoch);
        Assert.False(PlaceDirectory.IsOpen(place, mondayMorning));
        Assert.True(PlaceDirectory.IsOpen(place, mondayMorning.AddDays(14)));
    }

    [Theory]
    [InlineData("03 27 60 66 11", "+33327606611")]
    [InlineData("0327606611", "+33327606611")]
    [InlineData("+32 60 21 22 23", "")]
    [InlineData("", "")]
    public void The_mediation_schema_gets_an_international_french_number(string phone, string expected) =>
        Assert.Equal(expected, MediationExport.InternationalPhone(phone));
}
