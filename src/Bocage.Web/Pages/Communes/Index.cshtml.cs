using Bocage.Kernel.Data;
using Bocage.Kernel.Territory;
using Bocage.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Web.Pages.Communes;

[OutputCache(PolicyName = WebServices.PublicPagePolicy)]
public sealed class IndexModel(KernelDb db) : PageModel
{
    public IReadOnlyList<Commune> Communes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Communes = (await db.Communes.AsNoTracking().ToListAsync(cancellationToken)).ByName(c => c.Name);
}
