using Bocage.Kernel.Data;
using Bocage.Kernel.Territory;
using Bocage.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Web.Pages.Communes;

[OutputCache(PolicyName = WebServices.PublicPagePolicy)]
public sealed class DetailModel(KernelDb db) : PageModel
{
    public Commune Commune { get; private set; } = null!;

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public int TerritoryPopulation { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var commune = await db.Communes.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (commune is null)
        {
            return NotFound();
        }
        Commune = commune;
        Organisations = await db
            .Organisations.AsNoTracking()
            .Where(o => o.CommuneInsee == commune.Insee)
            .OrderBy(o => o.Name)
            .ToListAsync(cancellationToken);
        TerritoryPopulation = await db
            .Communes.Where(c => c.IntercommunalityId == commune.IntercommunalityId)
            .SumAsync(c => c.Population, cancellationToken);
        return Page();
    }
}
