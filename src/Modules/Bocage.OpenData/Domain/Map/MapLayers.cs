using Bocage.Kernel.Data;
using Bocage.OpenData.Data;
using Bocage.OpenData.Domain.Broadband;
using Bocage.OpenData.Domain.Observatory;
using Microsoft.EntityFrameworkCore;

namespace Bocage.OpenData.Domain.Map;

/// <summary>The layers of the map, read the same way by the page, its text alternative and the GeoJSON API.</summary>
internal sealed class MapLayers(OpenDataDb db, KernelDb kernel)
{
    /// <summary>Point layers; « communes » and the choropleth are the polygon layers.</summary>
    public static readonly IReadOnlyList<string> PointLayers = ["wifi", "fibre", "signalements"];

    public static bool Exists(string layer) => layer == "communes" || PointLayers.Contains(layer);

    public async Task<IReadOnlyList<MapPoint>> PointsAsync(
        string layer,
        string? category = null,
        CancellationToken cancellationToken = default
    )
    {
        var names = await kernel
            .Communes.AsNoTracking()
            .ToDictionaryAsync(c => c.Insee, c => c.Name, cancellationToken);
        if (layer == "signalements")
        {
            return await CheckedReportsAsync(names, cancellationToken);
        }
        var query = db.MapFeatures.AsNoTracking().Where(f => f.Layer == layer);
        if (!string.IsNullOrWhiteSpace(category))
        {
            query = query.Where(f => f.Category == category);
        }
        var features = await query.OrderBy(f => f.Name).ToListAsync(cancellationToken);
        return features
            .Select(f => new MapPoint(
                f.Name,
                f.CommuneInsee,
                Name(names, f.CommuneInsee),
                f.Latitude,
                f.Longitude,
                f.Category,
                f.Details
            ))
            .ToList();
    }

    public async Task<IReadOnlyList<string>> CategoriesAsync(
        string layer,
        CancellationToken cancellationToken = default
    ) =>
        await db
            .MapFeatures.AsNoTracking()
            .Where(f => f.Layer == layer)
            .Select(f => f.Category)
            .Distinct()
            .OrderBy(c => c)
            .ToListAsync(cancellationToken);

    /// <summary>The communes, coloured by the indicator's latest figures when one is given.</summary>
    public async Task<(IReadOnlyList<CommuneShape> Shapes, IReadOnlyList<ChoroplethClass> Classes)> CommunesAsync(
        Indicator? indicator,
        ObservatoryReader reader,
        CancellationToken cancellationToken = default
    )
    {
        var communes = await kernel
            .Communes.AsNoTracking()
            .Where(c => c.BoundaryGeoJson != null)
            .OrderBy(c => c.Name)
            .ToListAsync(cancellationToken);
        var figures = indicator is null
            ? new Dictionary<string, Figure>()
            : await reader.LatestByCommuneAsync(indicator.Id, cancellationToken);
        var values = figures.ToDictionary(f => f.Key, f => ScaledNumber.ToDouble(f.Value.Scaled, indicator!.Scale));
        var classes = Choropleth.Classes(values.Values);
        var shapes = communes
            .Select(c =>
            {
                double? value = values.TryGetValue(c.Insee, out var v) ? v : null;
                var display = value is null
                    ? ""
                    : $"{ScaledNumber.Format(figures[c.Insee].Scaled, indicator!.Scale)} {indicator.Unit} ({figures[c.Insee].Period})";
                return new CommuneShape(
                    c.Insee,
                    c.Name,
                    c.Slug,
                    GeoJson.ExteriorRing(c.BoundaryGeoJson!),
                    value,
                    display,
                    value is null ? null : Choropleth.ClassOf(classes, value.Value)?.Colour
                );
            })
            .ToList();
        return (shapes, classes);
    }

    /// <summary>
    /// Checked reports, anonymised: one point per commune and technology, at the commune's centre, with a count.
    /// </summary>
    private async Task<IReadOnlyList<MapPoint>> CheckedReportsAsync(
        IReadOnlyDictionary<string, string> names,
        CancellationToken cancellationToken
    )
    {
        var groups = await db
            .CoverageReports.AsNoTracking()
            .Where(r => r.Status == ValueStatus.Validated)
            .GroupBy(r => new { r.CommuneInsee, r.Technology })
            .Select(g => new
            {
                g.Key.CommuneInsee,
                g.Key.Technology,
                Count = g.Count(),
            })
            .ToListAsync(cancellationToken);
        return groups
            .Join(CommuneCentres.All, g => g.CommuneInsee, c => c.Insee, (g, c) => (g, c))
            .Select(x => new MapPoint(
                $"{TechnologyNames.Of(x.g.Technology)} — {Name(names, x.g.CommuneInsee)}",
                x.g.CommuneInsee,
                Name(names, x.g.CommuneInsee),
                x.c.Latitude,
                x.c.Longitude,
                TechnologyNames.Of(x.g.Technology),
                $"{x.g.Count} signalement(s) vérifié(s) dans la commune"
            ))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static string Name(IReadOnlyDictionary<string, string> names, string? insee) =>
        insee is not null && names.TryGetValue(insee, out var name) ? name : "";
}
