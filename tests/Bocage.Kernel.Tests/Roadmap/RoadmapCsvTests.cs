using Bocage.Kernel.Roadmap;
using Bocage.Kernel.Seed;

namespace Bocage.Kernel.Tests.Roadmap;

public sealed class RoadmapCsvTests
{
    private static List<RoadmapAction> ReadSeed()
    {
        using var reader = SeedFiles.Open("feuille-de-route.csv");
        return RoadmapCsv.Read(reader);
    }

    [Fact]
    public void Reads_the_29_actions_of_the_roadmap_in_six_pillars()
    {
        var actions = ReadSeed();

        Assert.Equal(29, actions.Count);
        Assert.Equal(Enumerable.Range(1, 29).Select(i => $"R{i:00}"), actions.Select(a => a.Id));
        Assert.Equal(6, actions.Select(a => a.Pillar).Distinct().Count());
    }

    [Fact]
    public void Splits_tags_on_the_pipe()
    {
        var r01 = ReadSeed().Single(a => a.Id == "R01");

        Assert.Equal(["Dématérialisation", "Transparence", "Optimisation"], r01.TagList);
        Assert.Equal("e-administration", r01.Field);
        Assert.Contains("procedures", r01.Engines);
    }
}
