using System.Text.Json;
using Bocage.Kernel.Seed;
using Bocage.Kernel.Territory;

namespace Bocage.Kernel.Tests.Territory;

public sealed class CommuneOutlinesTests
{
    [Fact]
    public void Reads_the_twelve_official_outlines_with_the_files_positions()
    {
        using var reader = SeedFiles.Open("communes.geojson");
        var outlines = CommuneOutlines.Read(reader);

        using var communes = SeedFiles.Open("communes.csv");
        Assert.Equal(CommuneCsv.Read(communes).Select(c => c.Insee).Order(), outlines.Keys.Order());
        using var file = SeedFiles.Open("communes.geojson");
        using var source = JsonDocument.Parse(file.ReadToEnd());
        var fourmies = source
            .RootElement.GetProperty("features")
            .EnumerateArray()
            .Single(f => f.GetProperty("properties").GetProperty("code").GetString() == "59249")
            .GetProperty("geometry");
        Assert.Equal(Positions(fourmies).Order(), Positions(JsonDocument.Parse(outlines["59249"]).RootElement).Order());
    }

    [Fact]
    public void Turns_rings_the_way_RFC_7946_wants_exterior_counterclockwise_holes_clockwise()
    {
        // A clockwise square with a counterclockwise hole: both the other way round from the RFC.
        const string file = """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"59999"},
            "geometry":{"type":"Polygon",
            "coordinates":[[[0,0],[0,4],[4,4],[4,0],[0,0]],[[1,1],[2,1],[2,2],[1,2],[1,1]]]}}]}
            """;

        var outline = CommuneOutlines.Read(new StringReader(file))["59999"];

        Assert.Equal(
            """{"type":"Polygon","coordinates":[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[1,2],[2,2],[2,1],[1,1]]]}""",
            outline
        );
    }

    [Fact]
    public void Refuses_a_commune_in_several_pieces_rather_than_drawing_one_of_them()
    {
        const string file =
            """{"features":[{"properties":{"code":"59999"},"geometry":{"type":"MultiPolygon","coordinates":[]}}]}""";

        Assert.Throws<FormatException>(() => CommuneOutlines.Read(new StringReader(file)));
    }

    private static IEnumerable<(double Lon, double Lat)> Positions(JsonElement geometry) =>
        geometry.GetProperty("coordinates")[0].EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble()));
}
