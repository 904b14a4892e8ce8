using System.ComponentModel.DataAnnotations;
using Bocage.Kernel.Data;
using Bocage.Kernel.Territory;
using Bocage.Kernel.Web;
using Bocage.OpenData.Data;
using Bocage.OpenData.Domain.Broadband;
using Bocage.OpenData.Domain.Observatory;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.OpenData.Areas.OpenData.Pages.Couverture;

/// <summary>
/// Very-high-speed broadband (roadmap R07): coverage by commune, the deployment over time, and a form for
/// inhabitants to report a problem at their address, without an account and without their name.
/// </summary>
[EnableRateLimiting(RateLimitPolicies.PublicForms)]
internal sealed class IndexModel(
    ObservatoryReader reader,
    CoverageReports reports,
    KernelDb kernel,
    OpenDataDb db,
    IStringLocalizer<OpenDataResource> text
) : PageModel
{
    public sealed record InputModel
    {
        [Required(ErrorMessage = "Broadband_ErrorAddress")]
        public string? Address { get; init; }

        [Required(ErrorMessage = "Broadband_ErrorCommune")]
        public string? Commune { get; init; }

        [Required(ErrorMessage = "Broadband_ErrorTechnology")]
        public string? Technology { get; init; }

        [Required(ErrorMessage = "Broadband_ErrorDescription")]
        public string? Description { get; init; }
    }

    public sealed record Row(Commune Commune, string Fibre, string Mobile, int Hotspots, int Reports);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<Commune> Communes { get; private set; } = [];

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<(string Name, IReadOnlyList<Figure> Figures)> Deployment { get; private set; } = [];

    public string Chart { get; private set; } = "";

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var technology =
            Enum.TryParse<Technology>(Input.Technology, out var t) && Enum.IsDefined(t) ? t : (Technology?)null;
        Check(Input.Technology is not null && technology is null, "Technology", "Broadband_ErrorTechnology");
        Check(
            Input.Commune is not null && Communes.All(c => c.Insee != Input.Commune),
            "Commune",
            "Broadband_ErrorCommune"
        );
        Check(
            (Input.Address?.Trim().Length ?? 0) > CoverageReport.AddressMaxLength,
            "Address",
            "Broadband_ErrorAddressLength"
        );
        Check(
            (Input.Description?.Trim().Length ?? 0) > CoverageReport.DescriptionMaxLength,
            "Description",
            "Broadband_ErrorDescriptionLength"
        );
        FormErrors.Localize(ModelState, text);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await reports.ReceiveAsync(
            Input.Address!,
            Input.Commune!,
            technology!.Value,
            Input.Description!,
            cancellationToken
        );
        Notice = "Broadband_Received";
        return RedirectToPage();
    }

    private void Check(bool wrong, string field, string key)
    {
        if (wrong)
        {
            ModelState.AddModelError($"Input.{field}", key);
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Communes = (await kernel.Communes.AsNoTracking().ToListAsync(cancellationToken)).ByName(c => c.Name);
        var indicators = await reader.VisibleIndicatorsAsync(User, cancellationToken);
        var fibre = indicators.FirstOrDefault(i => i.Slug == "couverture-fibre");
        var mobile = indicators.FirstOrDefault(i => i.Slug == "couverture-4g");
        var fibreLatest = fibre is null
            ? new Dictionary<string, Figure>()
            : await reader.LatestByCommuneAsync(fibre.Id, cancellationToken);
        var mobileLatest = mobile is null
            ? new Dictionary<string, Figure>()
            : await reader.LatestByCommuneAsync(mobile.Id, cancellationToken);
        var hotspots = await db
            .MapFeatures.AsNoTracking()
            .Where(f => f.Layer == "wifi" && f.CommuneInsee != null)
            .GroupBy(f => f.CommuneInsee!)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var checkedReports = await reports.CheckedByCommuneAsync(cancellationToken);
        string Percent(IReadOnlyDictionary<string, Figure> latest, string insee, int scale) =>
            latest.TryGetValue(insee, out var f) ? $"{ScaledNumber.Format(f.Scaled, scale)} %" : "—";
        Rows = Communes
            .Select(c => new Row(
                c,
                Percent(fibreLatest, c.Insee, fibre?.Scale ?? 0),
                Percent(mobileLatest, c.Insee, mobile?.Scale ?? 0),
                hotspots.GetValueOrDefault(c.Insee),
                checkedReports.GetValueOrDefault(c.Insee)
            ))
            .ToList();
        var deployment = new List<(string, IReadOnlyList<Figure>)>();
        foreach (var indicator in new[] { fibre, mobile }.OfType<Indicator>())
        {
            deployment.Add((indicator.Title, await reader.SeriesAsync(indicator.Id, null, cancellationToken)));
        }
        Deployment = deployment;
        Chart = SvgChart.Line(
            "deploiement",
            text["Broadband_ChartTitle"],
            text["Broadband_ChartDesc"],
            Deployment
                .Select(d => new ChartSeries(
                    d.Name,
                    d.Figures.Select(f => (f.Period.ToString(), ScaledNumber.ToDouble(f.Scaled, 1))).ToList()
                ))
                .ToList()
        );
    }
}
