using Bocage.Kernel.Data;
using Bocage.OpenData.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>
/// The catalogue's search. A territory publishes hundreds of datasets, not millions: they are read
/// once per request and filtered in memory, which keeps the facet counts exact on both databases.
/// </summary>
internal sealed class CatalogueSearch(OpenDataDb db, KernelDb kernel, ModuleDatasets modules)
{
    public const string WholeTerritory = "Intercommunalité";

    public async Task<IReadOnlyList<DatasetSummary>> AllAsync(CancellationToken cancellationToken)
    {
        await modules.EnsureFreshAsync(cancellationToken);
        var communes = await kernel
            .Communes.AsNoTracking()
            .ToDictionaryAsync(c => c.Insee, c => c.Name, cancellationToken);
        var datasets = await Published().Include(d => d.Resources).OrderBy(d => d.Title).ToListAsync(cancellationToken);
        return datasets
            .Select(d => new DatasetSummary(
                d,
                d.CommuneInsee is { } insee ? communes.GetValueOrDefault(insee, insee) : WholeTerritory,
                Formats(d)
            ))
            .ToList();
    }

    public static IReadOnlyList<string> Formats(Dataset dataset) =>
        dataset
            .Resources.Where(r => r.BatchId != Guid.Empty)
            .SelectMany(r => r.HasGeometry ? new[] { "CSV", "JSON", "XLSX", "GeoJSON" } : ["CSV", "JSON", "XLSX"])
            .Distinct()
            .ToList();

    public async Task<CatalogueResult> SearchAsync(CatalogueFilter filter, CancellationToken cancellationToken)
    {
        var all = await AllAsync(cancellationToken);
        var matching = all.Where(s => Matches(s, filter, null)).ToList();
        var facets = new List<Facet>
        {
            FacetOf(all, filter, "theme", s => [s.Dataset.Theme], filter.Theme),
            FacetOf(all, filter, "organisation", s => [s.Dataset.OrganisationName], filter.Organisation),
            FacetOf(all, filter, "commune", s => [s.CommuneName], filter.Commune),
            FacetOf(all, filter, "format", s => s.Formats, filter.Format),
            FacetOf(all, filter, "licence", s => [s.Dataset.Licence], filter.Licence),
            FacetOf(all, filter, "frequence", s => [s.Dataset.Frequency], filter.Frequency),
        };
        return new CatalogueResult(matching, facets, all.Count);
    }

    // Each facet counts the datasets matching every other criterion, so that choosing a value never shows zero.
    private static Facet FacetOf(
        IReadOnlyList<DatasetSummary> all,
        CatalogueFilter filter,
        string key,
        Func<DatasetSummary, IEnumerable<string>> values,
        string? selected
    )
    {
        var counts = all.Where(s => Matches(s, filter, key))
            .SelectMany(values)
            .GroupBy(v => v)
            .Select(g => new FacetValue(g.Key, g.Key, g.Count(), g.Key == selected))
            .OrderByDescending(v => v.Count)
            .ThenBy(v => v.Value, StringComparer.Ordinal)
            .ToList();
        return new Facet(key, counts);
    }

    private static bool Matches(DatasetSummary s, CatalogueFilter f, string? except)
    {
        var d = s.Dataset;
        return (
                string.IsNullOrWhiteSpace(f.Q)
                || Contains(d.Title, f.Q)
                || Contains(d.Description, f.Q)
                || Contains(d.Theme, f.Q)
            )
            && (except == "theme" || string.IsNullOrEmpty(f.Theme) || d.Theme == f.Theme)
            && (
                except == "organisation" || string.IsNullOrEmpty(f.Organisation) || d.OrganisationName == f.Organisation
            )
            && (except == "commune" || string.IsNullOrEmpty(f.Commune) || s.CommuneName == f.Commune)
            && (except == "format" || string.IsNullOrEmpty(f.Format) || s.Formats.Contains(f.Format))
            && (except == "licence" || string.IsNullOrEmpty(f.Licence) || d.Licence == f.Licence)
            && (except == "frequence" || string.IsNullOrEmpty(f.Frequency) || d.Frequency == f.Frequency);
    }

    private static bool Contains(string text, string words) =>
        words
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .All(w =>
                System
                    .Globalization.CultureInfo.GetCultureInfo("fr-FR")
                    .CompareInfo.IndexOf(
                        text,
                        w,
                        System.Globalization.CompareOptions.IgnoreCase
                            | System.Globalization.CompareOptions.IgnoreNonSpace
                    ) >= 0
            );

    /// <summary>
    /// What the public may see: not the withdrawn datasets. Every public page, feed and API reads the
    /// catalogue through here (the map's layers filter the same way), so a withdrawn dataset answers 404
    /// everywhere: not 410 Gone, which says "for good", since its producer may restore it.
    /// </summary>
    private IQueryable<Dataset> Published() => db.Datasets.AsNoTracking().Where(d => d.WithdrawnAt == null);

    /// <summary>A published dataset, or null (absent or withdrawn).</summary>
    public async Task<(Dataset Dataset, string CommuneName)?> FindAsync(
        string slug,
        CancellationToken cancellationToken
    )
    {
        await modules.EnsureFreshAsync(cancellationToken);
        var dataset = await Published()
            .Include(d => d.Resources)
            .FirstOrDefaultAsync(d => d.Slug == slug, cancellationToken);
        if (dataset is null)
        {
            return null;
        }
        var commune = dataset.CommuneInsee is { } insee
            ? await kernel
                .Communes.Where(c => c.Insee == insee)
                .Select(c => c.Name)
                .FirstOrDefaultAsync(cancellationToken)
                ?? insee
            : WholeTerritory;
        return (dataset, commune);
    }
}
