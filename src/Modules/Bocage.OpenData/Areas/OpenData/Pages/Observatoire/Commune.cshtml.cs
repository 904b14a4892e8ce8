using Bocage.Kernel.Data;
using Bocage.Kernel.Territory;
using Bocage.OpenData.Domain.Observatory;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bocage.OpenData.Areas.OpenData.Pages.Observatoire;

/// <summary>A commune's key figures: the latest published value of every indicator this person may read.</summary>
internal sealed class CommuneModel(ObservatoryReader reader, KernelDb kernel) : PageModel
{
    public Commune Commune { get; private set; } = null!;

    public IReadOnlyList<(Indicator Indicator, Figure Figure)> Figures { get; private set; } = [];

    public string Chart { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var commune = await kernel.Communes.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (commune is null)
        {
            return NotFound();
        }
        Commune = commune;
        var figures = new List<(Indicator, Figure)>();
        foreach (var indicator in await reader.VisibleIndicatorsAsync(User, cancellationToken))
        {
            var series = await reader.SeriesAsync(indicator.Id, commune.Insee, cancellationToken);
            if (series.Count > 0)
            {
                figures.Add((indicator, series[^1]));
                if (indicator.Slug == "population")
                {
                    Chart = SvgChart.Line(
                        "graphique-population",
                        $"Population de {commune.Name}",
                        PopulationDescription(commune, series),
                        [
                            new ChartSeries(
                                commune.Name,
                                series.Select(f => (f.Period.ToString(), ScaledNumber.ToDouble(f.Scaled, 0))).ToList()
                            ),
                        ]
                    );
                }
            }
        }
        Figures = figures;
        return Page();
    }

    private static string PopulationDescription(Commune commune, IReadOnlyList<Figure> series) =>
        $"Population de {commune.Name} de {series[0].Period} ({ScaledNumber.Format(series[0].Scaled, 0)} habitants) à {series[^1].Period} ({ScaledNumber.Format(series[^1].Scaled, 0)} habitants).";
}
