using Bocage.OpenData.Domain.Map;
using Bocage.OpenData.Domain.Observatory;

namespace Bocage.OpenData.Tests.Map;

public sealed class GeometryTests
{
    [Fact]
    public void Each_village_centre_lies_inside_its_communes_official_outline_and_no_other()
    {
        var outlines = OfficialOutlines.ByInsee();

        Assert.Equal(12, outlines.Count);
        Assert.All(outlines.Values, p => Assert.True(p.IsValid && p.Area > 0));
        // The demo puts each town hall's hotspot and addresses around these centres: they must be in the right commune.
        foreach (var (insee, lat, lon) in CommuneCentres.All)
        {
            var centre = new NetTopologySuite.Geometries.Point(lon, lat);
            Assert.Equal([insee], outlines.Where(o => o.Value.Contains(centre)).Select(o => o.Key));
        }
    }

    [Fact]
    public void Distances_match_known_ones_and_the_radius_keeps_only_nearby_points()
    {
        // Fourmies to Trélon is about 5.1 km as the crow flies.
        Assert.InRange(Distance.Kilometres(50.0167, 4.05, 50.06, 4.102), 5.5, 6.3);
        var points = new[] { ("near", 50.02, 4.05), ("far", 50.115, 4.174) };

        var within = Distance.Within(points, p => (p.Item2, p.Item3), 50.0167, 4.05, 5);

        Assert.Equal("near", Assert.Single(within).Item.Item1);
    }

    [Fact]
    public void Choropleth_classes_are_quantiles_that_cover_every_value_in_order()
    {
        var values = new double[] { 61, 154, 165, 275, 288, 568, 1204, 1831, 2915, 2935, 3267, 12119 };

        var classes = Choropleth.Classes(values);

        Assert.Equal(5, classes.Count);
        Assert.Equal(61, classes[0].Lower);
        Assert.Equal(12119, classes[^1].Upper);
        Assert.Equal(Choropleth.Palette, classes.Select(c => c.Colour));
        Assert.True(classes.Zip(classes.Skip(1)).All(p => p.First.Upper == p.Second.Lower));
        Assert.Equal(classes[0], Choropleth.ClassOf(classes, 61));
        Assert.Equal(classes[^1], Choropleth.ClassOf(classes, 12119));
    }

    [Fact]
    public void Identical_values_make_a_single_class()
    {
        var classes = Choropleth.Classes([5, 5, 5]);

        Assert.Equal(new ChoroplethClass(5, 5, Choropleth.Palette[^1]), Assert.Single(classes));
        Assert.Empty(Choropleth.Classes([]));
    }

    [Fact]
    public void Communes_at_the_maximum_make_a_class_of_one_value_told_apart_from_the_ranges()
    {
        var classes = Choropleth.Classes([90, 92, 95, 97, 98.5, 98.5, 98.5, 98.5]);

        Assert.True(classes[^1].IsSingleValue);
        Assert.Equal(98.5, classes[^1].Lower);
        Assert.All(classes.SkipLast(1), c => Assert.False(c.IsSingleValue));
    }

    [Fact]
    public void The_svg_chart_has_a_title_a_description_and_one_point_per_value()
    {
        var series = new ChartSeries("Fourmies & co", [("2023", 10), ("2024", 12), ("2025", 11)]);

        var svg = SvgChart.Line(
            "g",
            "Population <test>",
            "Trois années",
            [series, new ChartSeries("Anor", [("2025", 3)])]
        );

        Assert.Contains("role=\"img\"", svg);
        Assert.Contains("<title id=\"g-title\">Population &lt;test&gt;</title>", svg);
        Assert.Contains("<desc id=\"g-desc\">Trois années</desc>", svg);
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Matches(svg, "class=\"chart__point\"").Count);
        Assert.Contains("data-series=\"Fourmies &amp; co\"", svg);
    }

    [Theory]
    [InlineData("71,5", 1, 715)]
    [InlineData("12 119", 0, 12119)]
    [InlineData("-3.25", 2, -325)]
    public void Scaled_numbers_read_French_and_point_decimals(string text, int scale, long expected)
    {
        Assert.True(ScaledNumber.TryParse(text, scale, out var scaled));
        Assert.Equal(expected, scaled);
    }

    [Theory]
    [InlineData("71,55", 1)]
    [InlineData("beaucoup", 0)]
    [InlineData("", 0)]
    public void Scaled_numbers_refuse_too_many_decimals_and_words(string text, int scale) =>
        Assert.False(ScaledNumber.TryParse(text, scale, out _));

    [Theory]
    [InlineData("2025", 202500)]
    [InlineData("2025-03", 202503)]
    public void Periods_are_years_or_months(string text, int code)
    {
        Assert.True(Period.TryParse(text, out var period));
        Assert.Equal(code, period.Code);
        Assert.Equal(text, period.ToString());
        Assert.False(Period.TryParse("2025-13", out _));
    }
}
