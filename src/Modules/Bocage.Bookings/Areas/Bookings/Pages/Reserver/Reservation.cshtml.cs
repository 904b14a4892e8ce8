using System.Text;
using Bocage.Bookings.Data;
using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Calendar;
using Bocage.Bookings.Domain.Notices;
using Bocage.Bookings.Domain.Reserving;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Data;
using Bocage.Kernel.Territory;
using Bocage.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Areas.Bookings.Pages.Reserver;

/// <summary>
/// One booking, for the person who made it: what, when, where, its reference and QR code for the check-in, the
/// event for their calendar, and cancelling while the place's rule allows it. Another account gets a 404, so that
/// a reference tells nothing.
/// </summary>
[Authorize]
internal sealed class ReservationModel(
    BookingsDb db,
    KernelDb kernel,
    BookingDesk desk,
    BookingWording wording,
    TimeProvider clock
) : PageModel
{
    public Booking Booking { get; private set; } = null!;

    public Resource Resource { get; private set; } = null!;

    public string CommuneName { get; private set; } = "";

    public string QrCode { get; private set; } = "";

    public bool MayCancel { get; private set; }

    [BindProperty(SupportsGet = true, Name = "nouvelle")]
    public bool JustBooked { get; set; }

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken) =>
        await LoadAsync(reference, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetIcsAsync(string reference, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(reference, cancellationToken))
        {
            return NotFound();
        }
        var ics = BookingCalendar.One(Booking, wording.Event(Booking, Resource, CommuneName), wording.Host);
        return File(Encoding.UTF8.GetBytes(ics), BookingCalendar.ContentType, BookingCalendar.FileName(Booking));
    }

    public async Task<IActionResult> OnPostCancelAsync(string reference, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(reference, cancellationToken))
        {
            return NotFound();
        }
        if (!MayCancel)
        {
            // Past the place's rule (or already cancelled): the page says so and offers the place's contact.
            return Page();
        }
        var tracked = await db.Bookings.SingleAsync(b => b.Id == Booking.Id, cancellationToken);
        await desk.CancelAsync(tracked, cancellationToken);
        return Redirect($"/reserver/reservation/{reference}");
    }

    private async Task<bool> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        var accountId = User.RequiredAccountId();
        var booking = await db
            .Bookings.AsNoTracking()
            .SingleOrDefaultAsync(b => b.Reference == reference && b.AccountId == accountId, cancellationToken);
        if (booking is null)
        {
            return false;
        }
        Booking = booking;
        Resource = await db.Resources.AsNoTracking().SingleAsync(r => r.Id == booking.ResourceId, cancellationToken);
        CommuneName = BookingWording.Commune(
            await CollectivityNames.LoadAsync(kernel, cancellationToken),
            Resource.CommuneInsee
        );
        MayCancel = booking.MayCancel(Resource, clock.GetUtcNow().UtcDateTime);
        QrCode = QrCodes.SvgDataUri(booking.Reference);
        return true;
    }
}
