namespace Bocage.OpenData.Domain.Map;

/// <summary>One class of a choropleth: values from Lower to Upper (inclusive) share a colour.</summary>
internal sealed record ChoroplethClass(double Lower, double Upper, string Colour)
{
    /// <summary>
    /// A class of one value (communes at the maximum): the legend says « 98,5 », not « de 98,5 à 98,5 ».
    /// </summary>
    public bool IsSingleValue => Lower.Equals(Upper);
}

/// <summary>
/// Classes of a choropleth computed on the server by quantiles, so that each colour holds about as many
/// communes; colours from a sequential palette readable by colour-blind people (ColorBrewer "Greens").
/// </summary>
internal static class Choropleth
{
    public static readonly IReadOnlyList<string> Palette = ["#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c"];

    public static IReadOnlyList<ChoroplethClass> Classes(IEnumerable<double> values, int count = 5)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return [];
        }
        count = Math.Clamp(count, 1, Palette.Count);
        var bounds = new List<double> { sorted[0] };
        for (var k = 1; k < count; k++)
        {
            var bound = sorted[(int)Math.Floor(k * sorted.Length / (double)count)];
            if (bound > bounds[^1])
            {
                bounds.Add(bound);
            }
        }
        var classes = new List<ChoroplethClass>();
        for (var i = 0; i < bounds.Count; i++)
        {
            var upper = i + 1 < bounds.Count ? bounds[i + 1] : sorted[^1];
            var colour = Palette[bounds.Count == 1 ? Palette.Count - 1 : i * (Palette.Count - 1) / (bounds.Count - 1)];
            classes.Add(new ChoroplethClass(bounds[i], upper, colour));
        }
        return classes;
    }

    /// <summary>The class of a value: the last class whose lower bound it reaches.</summary>
    public static ChoroplethClass? ClassOf(IReadOnlyList<ChoroplethClass> classes, double value) =>
        classes.LastOrDefault(c => value >= c.Lower) ?? classes.FirstOrDefault();
}
