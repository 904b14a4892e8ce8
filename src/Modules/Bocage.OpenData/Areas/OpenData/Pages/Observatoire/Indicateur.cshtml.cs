using Bocage.Kernel.Data;
using Bocage.Kernel.Territory;
using Bocage.OpenData.Domain.Observatory;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.OpenData.Areas.OpenData.Pages.Observatoire;

/// <summary>
/// One indicator: the intercommunality's series and the communes chosen for comparison (GET checkboxes,
/// so the comparison has an address and works without JavaScript), as an SVG chart and a table.
/// </summary>
internal sealed class IndicateurModel(
    ObservatoryReader reader,
    KernelDb kernel,
    IStringLocalizer<OpenDataResource> text
) : PageModel
{
    public const int MaxCompared = 6;

    public Indicator Indicator { get; private set; } = null!;

    public IReadOnlyList<Commune> Communes { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "communes")]
    public List<string> Chosen { get; set; } = [];

    public IReadOnlyList<(string Name, IReadOnlyList<Figure> Figures)> Series { get; private set; } = [];

    public IReadOnlyList<Period> Periods { get; private set; } = [];

    public string Chart { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string indicator, CancellationToken cancellationToken)
    {
        var found = await reader.FindAsync(indicator, User, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }
        Indicator = found;
        Communes = (await kernel.Communes.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(c => c.Name, FrenchOrder.Names)
            .ToList();
        Chosen = Chosen.Where(c => Communes.Any(x => x.Insee == c)).Distinct().Take(MaxCompared).ToList();
        var series = new List<(string, IReadOnlyList<Figure>)>
        {
            ("Sud Avesnois", await reader.SeriesAsync(found.Id, null, cancellationToken)),
        };
        foreach (var insee in Chosen)
        {
            series.Add(
                (
                    Communes.First(c => c.Insee == insee).Name,
                    await reader.SeriesAsync(found.Id, insee, cancellationToken)
                )
            );
        }
        Series = series.Where(s => s.Item2.Count > 0).ToList();
        Periods = Series.SelectMany(s => s.Figures.Select(f => f.Period)).Distinct().OrderBy(p => p.Code).ToList();
        Chart = SvgChart.Line(
            "graphique",
            found.Title,
            ChartDescription(),
            Series
                .Select(s => new ChartSeries(
                    s.Name,
                    s.Figures.Select(f => (f.Period.ToString(), ScaledNumber.ToDouble(f.Scaled, found.Scale))).ToList()
                ))
                .ToList()
        );
        return Page();
    }

    public string? Cell(IReadOnlyList<Figure> figures, Period period) =>
        figures.FirstOrDefault(f => f.Period == period) is { } figure
            ? ScaledNumber.Format(figure.Scaled, Indicator.Scale)
            : null;

    private string ChartDescription()
    {
        if (Periods.Count == 0)
        {
            return text["Observatory_ChartEmpty"];
        }
        var names = string.Join(", ", Series.Select(s => s.Name));
        return text["Observatory_ChartDescription", Periods[0], Periods[^1], Indicator.Unit, names];
    }
}
