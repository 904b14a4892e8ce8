using Bocage.Bookings.Data;
using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Reserving;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Areas.Bookings.Pages.Gestion;

/// <summary>The places an agent runs, each with its bookings to come, and the way to its planning.</summary>
[Authorize(Policy = PermissionRequirement.Prefix + BookingsModule.ManagePermission)]
internal sealed class IndexModel(PlaceAccess access, BookingsDb db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(Resource Resource, int Upcoming)> Places { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var resources = await access.ResourcesAsync(User.RequiredAccountId(), cancellationToken);
        var ids = resources.Select(r => r.Id).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var counts = await db
            .Bookings.AsNoTracking()
            .Where(b => ids.Contains(b.ResourceId) && b.Status != BookingStatus.Cancelled && b.EndUtc > now)
            .GroupBy(b => b.ResourceId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        Places = resources.Select(r => (r, counts.GetValueOrDefault(r.Id))).ToList();
    }
}
