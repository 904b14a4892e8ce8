using Bocage.Bookings.Data;
using Bocage.Bookings.Domain;
using Bocage.Kernel.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Areas.Bookings.Pages.Reserver;

/// <summary>« Mes réservations »: the person's upcoming bookings first, then the past and cancelled ones.</summary>
[Authorize]
internal sealed class MesReservationsModel(BookingsDb db, TimeProvider clock) : PageModel
{
    public const int PastShown = 50;

    public IReadOnlyList<(Booking Booking, Resource Resource)> Upcoming { get; private set; } = [];

    public IReadOnlyList<(Booking Booking, Resource Resource)> Past { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var accountId = User.RequiredAccountId();
        var now = clock.GetUtcNow().UtcDateTime;
        var mine = db
            .Bookings.AsNoTracking()
            .Where(b => b.AccountId == accountId)
            .Join(db.Resources.AsNoTracking(), b => b.ResourceId, r => r.Id, (b, r) => new { b, r });
        Upcoming = (
            await mine.Where(x => x.b.EndUtc > now && x.b.Status != BookingStatus.Cancelled)
                .OrderBy(x => x.b.StartUtc)
                .ToListAsync(cancellationToken)
        )
            .Select(x => (x.b, x.r))
            .ToList();
        Past = (
            await mine.Where(x => x.b.EndUtc <= now || x.b.Status == BookingStatus.Cancelled)
                .OrderByDescending(x => x.b.StartUtc)
                .Take(PastShown)
                .ToListAsync(cancellationToken)
        )
            .Select(x => (x.b, x.r))
            .ToList();
    }
}
