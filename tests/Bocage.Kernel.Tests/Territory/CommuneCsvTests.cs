using Bocage.Kernel.Seed;
using Bocage.Kernel.Territory;

namespace Bocage.Kernel.Tests.Territory;

public sealed class CommuneCsvTests
{
    [Fact]
    public void Reads_the_twelve_communes_of_Sud_Avesnois_with_their_INSEE_codes()
    {
        using var reader = SeedFiles.Open("communes.csv");
        var communes = CommuneCsv.Read(reader);

        Assert.Equal(12, communes.Count);
        var fourmies = Assert.Single(communes, c => c.Insee == "59249");
        Assert.Equal("Fourmies", fourmies.Name);
        Assert.Equal("fourmies", fourmies.Slug);
        Assert.Equal(12119, fourmies.Population);
        Assert.Equal(25782, communes.Sum(c => c.Population));
        Assert.Equal(12, communes.Select(c => c.Slug).Distinct().Count());
    }

    [Fact]
    public void Refuses_an_INSEE_code_that_is_not_five_characters() =>
        Assert.Throws<ArgumentException>(() => new Commune("5924", "Fourmies", 1, "test"));

    [Fact]
    public void Reads_quoted_fields_and_trims_spaces()
    {
        using var reader = new StringReader("insee;nom;population;source\n59601; \"Trélon\" ;2915;\"INSEE; 2016\"\n");
        var commune = Assert.Single(CommuneCsv.Read(reader));
        Assert.Equal("Trélon", commune.Name);
        Assert.Equal("INSEE; 2016", commune.PopulationSource);
    }
}
