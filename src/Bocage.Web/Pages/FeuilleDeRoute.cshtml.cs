using Bocage.Kernel.Data;
using Bocage.Kernel.Modules;
using Bocage.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Web.Pages;

[OutputCache(PolicyName = WebServices.PublicPagePolicy)]
public sealed class FeuilleDeRouteModel(KernelDb db, ModuleRegistry modules) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "pilier")]
    public string? Pillar { get; set; }

    [BindProperty(SupportsGet = true, Name = "tag")]
    public string? Tag { get; set; }

    [BindProperty(SupportsGet = true, Name = "statut")]
    public RoadmapStatus? Status { get; set; }

    public IReadOnlyList<string> AllPillars { get; private set; } = [];

    public IReadOnlyList<string> AllTags { get; private set; } = [];

    public IReadOnlyList<ActionView> Actions { get; private set; } = [];

    public int Total { get; private set; }

    public ModuleRegistry Modules => modules;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await db.RoadmapActions.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken);
        Total = all.Count;
        AllPillars = all.Select(a => a.Pillar).Distinct().ToList();
        AllTags = all.SelectMany(a => a.TagList)
            .Distinct()
            .Order(StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr"), true))
            .ToList();
        Actions = all.Where(a => string.IsNullOrEmpty(Pillar) || a.Pillar == Pillar)
            .Where(a => string.IsNullOrEmpty(Tag) || a.TagList.Contains(Tag))
            .Select(a => new ActionView(a, modules.StatusOf(a.Id)))
            .Where(v => Status is null || v.Status == Status)
            .ToList();
    }
}
