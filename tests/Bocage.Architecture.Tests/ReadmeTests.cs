using System.Text.RegularExpressions;
using Bocage.Kernel.Modules;
using Bocage.Kernel.Roadmap;
using Bocage.Kernel.Seed;

namespace Bocage.Architecture.Tests;

public sealed class ReadmeTests
{
    [Fact]
    public void The_README_roadmap_table_says_what_the_engines_declare()
    {
        using var app = new Bocage.Testing.BocageFactory(Bocage.Kernel.Data.DatabaseProvider.Sqlite).With(
            "Database:SeedDemo",
            "false"
        );
        var registry = app.Services.GetRequiredService<ModuleRegistry>();
        using var reader = SeedFiles.Open("feuille-de-route.csv");
        var actions = RoadmapCsv.Read(reader);
        var readme = File.ReadAllText(Repository.PathOf("README.md"));
        var rows = Regex
            .Matches(readme, @"^\| (R\d\d) \|.*\| ([^|]+) \|\s*$", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim());

        Assert.Equal(actions.Select(a => a.Id), rows.Keys);
        foreach (var action in actions)
        {
            var expected = registry.StatusOf(action.Id) switch
            {
                RoadmapStatus.Available => "disponible",
                RoadmapStatus.Partial => "partiel",
                _ => "prévu",
            };
            Assert.True(
                expected == rows[action.Id],
                $"README says {rows[action.Id]} for {action.Id}, the engines say {expected}"
            );
        }
    }

    [Fact]
    public void The_README_shows_the_two_commands()
    {
        var readme = File.ReadAllText(Repository.PathOf("README.md"));

        Assert.Contains("dotnet run --project src/Bocage.Web", readme);
        Assert.Contains("./test.sh", readme);
    }
}
