using System.Globalization;
using System.Text.Json;
using Bocage.OpenData.Api;
using Bocage.OpenData.Domain.Catalogue;
using Bocage.OpenData.Domain.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bocage.OpenData.Areas.OpenData.Pages.Donnees;

/// <summary>
/// A dataset: description, resources, a preview with sort and filter (GET), a chart, downloads and API addresses.
/// </summary>
internal sealed class DatasetModel(
    CatalogueSearch search,
    RowStore store,
    ChartCache charts,
    IStringLocalizer<OpenDataResource> text
) : PageModel
{
    public const int PreviewSize = 20;

    public Dataset Dataset { get; private set; } = null!;

    public string CommuneName { get; private set; } = "";

    public Resource? Resource { get; private set; }

    public IReadOnlyList<SchemaField> Fields { get; private set; } = [];

    public RowQuery Query { get; private set; } = null!;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public RowTotal Total { get; private set; } = new(0, false);

    public bool HasNext { get; private set; }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; private set; } = [];

    public ChartView? Chart { get; private set; }

    /// <summary>The days the rows speak of, from their date and year columns; null when none says.</summary>
    public (DateOnly Start, DateOnly End)? Period { get; private set; }

    public string ApiBase => Resource is null ? "" : $"/api/donnees/{Dataset.Slug}/{Resource.Slug}";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var found = await search.FindAsync(slug, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }
        (Dataset, CommuneName) = found.Value;
        Period = (await store.PeriodsAsync([Dataset], cancellationToken)).TryGetValue(Dataset.Id, out var period)
            ? period
            : null;
        Resource = Dataset.Resources.FirstOrDefault(r =>
            r.BatchId != Guid.Empty && r.Slug == Request.Query["ressource"]
        ) ?? Dataset.Resources.FirstOrDefault(r => r.BatchId != Guid.Empty);
        if (Resource is null)
        {
            return Page();
        }
        Fields = Resource.Fields;
        (Query, var unknown) = RowQuery.Parse(Request.Query, Fields, PreviewSize);
        Errors = unknown.Count == 0 ? [] : [DataApi.UnknownColumns(text, unknown)];
        Query = Query with { PageSize = PreviewSize, Fields = Fields };
        if (Errors.Count == 0)
        {
            Total = await store.CountAsync(Resource, Query, cancellationToken);
            var rows = new List<IReadOnlyList<string>>();
            await foreach (var row in store.ReadAsync(Resource, Query, paged: true, cancellationToken, lookAhead: true))
            {
                using var data = JsonDocument.Parse(row.Data);
                rows.Add(
                    Fields
                        .Select(f => RowWriters.DisplayText(data.RootElement, f.Name, CultureInfo.CurrentCulture))
                        .ToList()
                );
            }
            HasNext = rows.Count > PreviewSize;
            Rows = HasNext ? rows.GetRange(0, PreviewSize) : rows;
        }
        // Not the visitor's cancellation: the chart is shared by every later visit of this version.
        var resource = Resource;
        Chart = await charts.GetAsync(resource, () =>
            ChartView.BuildAsync(store, resource, resource.Fields, CancellationToken.None)
        );
        return Page();
    }

    /// <summary>This view's address with other sort or page, keeping the filters.</summary>
    public string Link(RowQuery query) => $"/donnees/{Dataset.Slug}{query.ToQueryString()}";

    public string SortLink(SchemaField field) =>
        Link(Query with { Sort = field, Descending = Query.Sort == field && !Query.Descending, Page = 1 });
}
