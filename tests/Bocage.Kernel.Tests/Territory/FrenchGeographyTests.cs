using System.Globalization;
using Bocage.Kernel.Territory;

namespace Bocage.Kernel.Tests.Territory;

/// <summary>
/// The COG shipped as data: every commune of France once, with the territory's twelve as the seed data names them,
/// départements and régions, and countries named in French, English and Dutch.
/// </summary>
public sealed class FrenchGeographyTests
{
    [Fact]
    public void Every_current_commune_of_France_is_there_once_with_the_territorys_as_seeded()
    {
        Assert.InRange(FrenchGeography.Communes.Count, 34_000, 36_000);
        Assert.Equal(FrenchGeography.Communes.Count, FrenchGeography.Communes.Select(c => c.Code).Distinct().Count());
        using var seeded = new StreamReader(
            Path.Combine(RepositoryFolders.Root, "src", "Bocage.Kernel", "Seed", "communes.csv")
        );
        var communes = CommuneCsv.Read(seeded);
        Assert.Equal(12, communes.Count);
        Assert.All(communes, c => Assert.Equal(c.Name, FrenchGeography.Commune(c.Insee)?.Name));
    }

    [Theory]
    [InlineData("Fourmies", "59249")]
    [InlineData("FOURMIES", "59249")]
    [InlineData("trelon", "59601")]
    [InlineData("Saint Hilaire sur Helpe", "59534")]
    [InlineData("Saint-Aubin (59)", "59529")]
    [InlineData("59132", null)]
    public void A_commune_is_found_by_name_postcode_or_name_and_departement(string typed, string? code)
    {
        var found = FrenchGeography.Find(typed);

        if (code is null)
        {
            Assert.True(found.Count > 1, "59132 is the postcode of several communes (Trélon, Glageon…)");
        }
        else
        {
            Assert.Equal(code, Assert.Single(found).Code);
        }
    }

    [Fact]
    public void Departements_regions_and_countries_are_named()
    {
        Assert.Contains(("59", "Nord"), FrenchGeography.Departements);
        Assert.Contains(("2A", "Corse-du-Sud"), FrenchGeography.Departements);
        Assert.Contains(("32", "Hauts-de-France"), FrenchGeography.Regions);
        Assert.Contains(("BE", "Belgique"), FrenchGeography.Countries(CultureInfo.GetCultureInfo("fr")));
        Assert.Contains(("BE", "België"), FrenchGeography.Countries(CultureInfo.GetCultureInfo("nl")));
        Assert.Contains(("NL", "Netherlands"), FrenchGeography.Countries(CultureInfo.GetCultureInfo("en")));
    }
}
