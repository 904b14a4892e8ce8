using Bocage.Kernel.Data;
using Bocage.Kernel.Modules;
using Bocage.Kernel.Seed;
using Bocage.Kernel.Territory;
using Bocage.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Web.Pages;

[OutputCache(PolicyName = WebServices.PublicPagePolicy)]
public sealed class IndexModel(KernelDb db, ModuleRegistry modules) : PageModel
{
    public Intercommunality? Territory { get; private set; }

    public IReadOnlyList<Commune> Communes { get; private set; } = [];

    public IReadOnlyList<PillarView> Pillars { get; private set; } = [];

    /// <summary>What people come for, before the territory's tables.</summary>
    public IReadOnlyList<MenuEntry> Tasks { get; } = modules.HomeTasks.ToList();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Territory = await db
            .Intercommunalities.AsNoTracking()
            .Include(t => t.Communes)
            .FirstOrDefaultAsync(t => t.Slug == KernelSeed.TerritorySlug, cancellationToken);
        Communes = Territory?.Communes.ByName(c => c.Name) ?? [];
        var actions = await db.RoadmapActions.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken);
        Pillars = PillarView.Group(actions, modules);
    }
}
