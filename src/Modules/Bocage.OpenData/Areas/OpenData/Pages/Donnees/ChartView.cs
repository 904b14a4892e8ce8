using Bocage.OpenData.Domain.Catalogue;
using Bocage.OpenData.Domain.Validation;

namespace Bocage.OpenData.Areas.OpenData.Pages.Donnees;

/// <summary>
/// A bar chart drawn on the server as SVG, with the same numbers in a table: by year when the data has
/// a year column, otherwise by a category column with few values. The measure is the last numeric
/// column that is not a coordinate, or the number of rows.
/// </summary>
internal sealed record ChartView(string Category, string Measure, IReadOnlyList<ChartPoint> Points)
{
    public const int Width = 640,
        BarHeight = 22,
        LabelWidth = 190;

    public double Max => Points.Count == 0 ? 1 : Math.Max(1, Points.Max(p => p.Value));

    public int Height => Points.Count * (BarHeight + 6) + 6;

    public double BarWidth(ChartPoint p) => Math.Max(1, (Width - LabelWidth - 90) * p.Value / Max);

    public static async Task<ChartView?> BuildAsync(
        RowStore store,
        Resource resource,
        IReadOnlyList<SchemaField> fields,
        CancellationToken cancellationToken
    )
    {
        var measure = fields.LastOrDefault(f => f.Type is "integer" or "number" && !IsCoordinate(f.Name));
        var time = fields.FirstOrDefault(f => f.Type == "year");
        if (time is not null)
        {
            var points = await store.GroupAsync(resource, time, measure, 30, byLabel: true, cancellationToken);
            return points.Count > 1 ? new ChartView(time.Label, measure?.Label ?? "", points) : null;
        }
        foreach (var category in fields.Where(f => f.Type == "string").Take(6))
        {
            var points = await store.GroupAsync(resource, category, measure, 16, byLabel: false, cancellationToken);
            if (points.Count is > 1 and <= 15)
            {
                return new ChartView(category.Label, measure?.Label ?? "", points);
            }
        }
        return null;
    }

    private static bool IsCoordinate(string name) =>
        name.Contains("lat", StringComparison.OrdinalIgnoreCase)
        || name.Contains("lon", StringComparison.OrdinalIgnoreCase);
}
