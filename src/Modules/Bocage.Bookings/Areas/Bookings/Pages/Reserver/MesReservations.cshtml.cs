using Bocage.Bookings.Data;
using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Reserving;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Areas.Bookings.Pages.Reserver;

/// <summary>
/// « Mes réservations »: the person's upcoming bookings first, then the past and cancelled ones; and their
/// calendar subscription, a secret address shown once, renewed or revoked here.
/// </summary>
[Authorize]
internal sealed class MesReservationsModel(BookingsDb db, PublicSite site, TimeProvider clock, WaitingList waiting)
    : PageModel
{
    public const int PastShown = 50;

    public IReadOnlyList<(Booking Booking, Resource Resource)> Upcoming { get; private set; } = [];

    public IReadOnlyList<(Booking Booking, Resource Resource)> Past { get; private set; } = [];

    public CalendarFeed? Feed { get; private set; }

    /// <summary>The full slots' queues the person is in, with their place in each.</summary>
    public IReadOnlyList<WaitingView> Waiting { get; private set; } = [];

    /// <summary>Set after « Quitter la liste d'attente »: the name of the place whose queue was left.</summary>
    public string? Left { get; private set; }

    /// <summary>The feed's address, right after it was made: the only time it is shown.</summary>
    public string? NewFeedAddress { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostFeedAsync(CancellationToken cancellationToken)
    {
        var accountId = User.RequiredAccountId();
        await RevokeAsync(accountId, cancellationToken);
        var (feed, token) = CalendarFeed.Create(accountId, clock.GetUtcNow().UtcDateTime);
        db.CalendarFeeds.Add(feed);
        await db.SaveChangesAsync(cancellationToken);
        NewFeedAddress = site.Absolute($"/reserver/agenda/{token}.ics");
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken cancellationToken)
    {
        await RevokeAsync(User.RequiredAccountId(), cancellationToken);
        return Redirect("/reserver/mes-reservations#agenda");
    }

    public async Task<IActionResult> OnPostLeaveAsync(Guid entry, CancellationToken cancellationToken)
    {
        var accountId = User.RequiredAccountId();
        // The place's name for the notice; LeaveAsync itself refuses an entry that is not the person's.
        var view = await waiting.ViewAsync(entry, cancellationToken);
        if (view is null || !await waiting.LeaveAsync(entry, accountId, cancellationToken))
        {
            return NotFound();
        }
        Left = view.Resource.Name;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task RevokeAsync(string accountId, CancellationToken cancellationToken) =>
        await db.CalendarFeeds.Where(f => f.AccountId == accountId).ExecuteDeleteAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken cancellationToken)
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
        Waiting = await waiting.OfAsync(accountId, cancellationToken);
        Feed = await db
            .CalendarFeeds.AsNoTracking()
            .SingleOrDefaultAsync(f => f.AccountId == accountId, cancellationToken);
    }
}
