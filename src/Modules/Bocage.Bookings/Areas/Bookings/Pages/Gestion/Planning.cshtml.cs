using Bocage.Bookings.Data;
using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Reserving;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Areas.Bookings.Pages.Gestion;

/// <summary>
/// A place's week, server-rendered (readable without JavaScript and printed as is): each day, who comes when,
/// with the reference they will show. A place of another commune is a 404.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + BookingsModule.ManagePermission)]
internal sealed class PlanningModel(PlaceAccess access, BookingsDb db, TimeProvider clock) : PageModel
{
    public const int Days = 7;

    public Resource Resource { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "du")]
    public DateOnly? From { get; set; }

    public DateOnly FirstDay { get; private set; }

    public IReadOnlyList<(DateOnly Day, IReadOnlyList<Booking> Bookings)> Week { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var resource = await access.ResourceAsync(User.RequiredAccountId(), slug, cancellationToken);
        if (resource is null)
        {
            return NotFound();
        }
        Resource = resource;
        FirstDay = From ?? DateOnly.FromDateTime(ParisTime.ToParis(clock.GetUtcNow().UtcDateTime));
        var from = ParisTime.ToUtc(FirstDay.ToDateTime(TimeOnly.MinValue));
        var to = ParisTime.ToUtc(FirstDay.AddDays(Days).ToDateTime(TimeOnly.MinValue));
        var bookings = await db
            .Bookings.AsNoTracking()
            .Where(b =>
                b.ResourceId == resource.Id
                && b.Status == BookingStatus.Confirmed
                && b.StartUtc >= from
                && b.StartUtc < to
            )
            .OrderBy(b => b.StartUtc)
            .ThenBy(b => b.Seat)
            .ToListAsync(cancellationToken);
        Week = Enumerable
            .Range(0, Days)
            .Select(i => FirstDay.AddDays(i))
            .Select(day =>
                (
                    day,
                    (IReadOnlyList<Booking>)
                        bookings.Where(b => DateOnly.FromDateTime(ParisTime.ToParis(b.StartUtc)) == day).ToList()
                )
            )
            .ToList();
        return Page();
    }
}
