using Bocage.Skeleton.Data;
using Bocage.Skeleton.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Skeleton.Areas.Skeleton.Pages;

/// <summary>
/// The engine's public page, <c>/skeleton</c>: every item, by name. A page is a slice: its reads stay here.
/// </summary>
internal sealed class IndexModel(SkeletonDb db) : PageModel
{
    public IReadOnlyList<Item> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await db.Items.AsNoTracking().OrderBy(i => i.Name).ToListAsync(cancellationToken);
}
