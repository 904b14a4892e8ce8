using Bocage.Bookings.Data;
using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Availability;
using Bocage.Bookings.Domain.Reserving;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Bookings.Areas.Bookings.Pages.Gestion;

/// <summary>
/// A place's week or day, server-rendered (readable without JavaScript and printed as is): each day, who comes when,
/// with the reference they will show; requests to approve, and any booking to refuse or cancel with a reason told to
/// the person; its free slots, each leading to its page to book for someone who called or to block it; its
/// closures. A place of another commune is a 404.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + BookingsModule.ManagePermission)]
internal sealed class PlanningModel(
    PlaceAccess access,
    BookingsDb db,
    PlaceActions actions,
    FreeSlots slots,
    IStringLocalizer<BookingsResource> text
) : PageModel
{
    public const int WeekDays = 7;

    public Resource Resource { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "du")]
    public DateOnly? From { get; set; }

    /// <summary>« jour » for one day, the week otherwise.</summary>
    [BindProperty(SupportsGet = true, Name = "vue")]
    public string? View { get; set; }

    /// <summary>After a slot was blocked: how many bookings it cancelled.</summary>
    [BindProperty(SupportsGet = true, Name = "bloque")]
    public int? Blocked { get; set; }

    public bool DayView => View == "jour";

    public int Days => DayView ? 1 : WeekDays;

    public DateOnly FirstDay { get; private set; }

    public IReadOnlyList<PlanningDay> Week { get; private set; } = [];

    /// <summary>The booking whose reason was missing, and the message said at its row.</summary>
    public (Guid Booking, string Message)? ReasonError { get; private set; }

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApproveAsync(string slug, Guid booking, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken) || await FindAsync(booking, cancellationToken) is not { } found)
        {
            return NotFound();
        }
        if (found.Status == BookingStatus.Requested)
        {
            await actions.ApproveAsync(User.RequiredAccountId(), Resource, found, cancellationToken);
        }
        return RedirectToDay(slug, found);
    }

    public async Task<IActionResult> OnPostCancelAsync(
        string slug,
        Guid booking,
        string? motif,
        CancellationToken cancellationToken
    )
    {
        if (!await LoadAsync(slug, cancellationToken) || await FindAsync(booking, cancellationToken) is not { } found)
        {
            return NotFound();
        }
        var reason = motif?.Trim() ?? "";
        if (reason.Length is 0 or > Booking.ReasonMaxLength)
        {
            ReasonError = (found.Id, text["Planning_ReasonRequired", Booking.ReasonMaxLength]);
            return Page();
        }
        if (found.IsActive)
        {
            await actions.CancelAsync(User.RequiredAccountId(), Resource, found, reason, cancellationToken);
        }
        return RedirectToDay(slug, found);
    }

    private RedirectResult RedirectToDay(string slug, Booking booking) =>
        Redirect(
            $"/gestion/reservations/{slug}?du={DateOnly.FromDateTime(ParisTime.ToParis(booking.StartUtc)):yyyy-MM-dd}"
        );

    private Task<Booking?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Bookings.SingleOrDefaultAsync(b => b.Id == id && b.ResourceId == Resource.Id, cancellationToken);

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var resource = await access.ResourceAsync(User.RequiredAccountId(), slug, cancellationToken);
        if (resource is null)
        {
            return false;
        }
        Resource = resource;
        FirstDay = From ?? slots.Today;
        var lastDay = FirstDay.AddDays(Days - 1);
        var from = ParisTime.ToUtc(FirstDay.ToDateTime(TimeOnly.MinValue));
        var to = ParisTime.ToUtc(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue));
        var bookings = await db
            .Bookings.AsNoTracking()
            .Where(b =>
                b.ResourceId == resource.Id
                && b.Status != BookingStatus.Cancelled
                && b.StartUtc >= from
                && b.StartUtc < to
            )
            .OrderBy(b => b.StartUtc)
            .ThenBy(b => b.Seat)
            .ToListAsync(cancellationToken);
        var free = await slots.BetweenAsync(resource, FirstDay, lastDay, cancellationToken);
        var closures = await slots.ClosuresAsync(resource.Id, FirstDay, lastDay, cancellationToken);
        Week = Enumerable
            .Range(0, Days)
            .Select(i => FirstDay.AddDays(i))
            .Select(day => new PlanningDay(
                day,
                bookings.Where(b => DateOnly.FromDateTime(ParisTime.ToParis(b.StartUtc)) == day).ToList(),
                free.Where(s => s.Day == day && s.IsFree).ToList(),
                closures.Where(c => c.FirstDay <= day && c.LastDay >= day).ToList()
            ))
            .ToList();
        return true;
    }
}
