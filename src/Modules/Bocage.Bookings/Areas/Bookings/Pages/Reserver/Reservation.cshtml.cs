using System.Text;
using Bocage.Bookings.Data;
using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Attendance;
using Bocage.Bookings.Domain.Calendar;
using Bocage.Bookings.Domain.Notices;
using Bocage.Bookings.Domain.Reserving;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Territory;
using Bocage.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Areas.Bookings.Pages.Reserver;

/// <summary>
/// One booking, for the person it is for (or the mediator who made it): what, when, where, its reference and QR
/// code for the check-in, the event for their calendar, confirming a seat offered from the waiting list, cancelling
/// while the place's rule allows it, and the certificate once marked present. Anyone else gets a 404, so that a
/// reference tells nothing.
/// </summary>
[Authorize]
internal sealed class ReservationModel(
    BookingsDb db,
    TerritoryNames territory,
    BookingDesk desk,
    BookingWording wording,
    AttendanceDocuments documents,
    TimeProvider clock
) : PageModel
{
    public Booking Booking { get; private set; } = null!;

    public Resource Resource { get; private set; } = null!;

    public Session? Session { get; private set; }

    public CollectivityNames Names { get; private set; } = null!;

    public string CommuneName => BookingWording.Commune(Names, Resource.CommuneInsee);

    public string QrCode { get; private set; } = "";

    public bool MayCancel { get; private set; }

    public bool MayConfirm { get; private set; }

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

    public async Task<IActionResult> OnGetCertificateAsync(string reference, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(reference, cancellationToken) || Booking.Attended != true)
        {
            return NotFound();
        }
        var pdf = await documents.CertificateAsync(
            Resource,
            Booking,
            Session?.Title ?? "",
            Names.Of(Resource.CommuneInsee)
        );
        return File(pdf, "application/pdf", AttendanceDocuments.CertificateFileName(Booking));
    }

    public async Task<IActionResult> OnPostCancelAsync(string reference, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(reference, cancellationToken))
        {
            return NotFound();
        }
        if (MayCancel)
        {
            await desk.CancelAsync(await TrackedAsync(cancellationToken), Resource, null, cancellationToken);
        }
        // Past the place's rule (or already cancelled), the page says so and what to do.
        return Redirect($"/reserver/reservation/{reference}");
    }

    /// <summary>Takes the seat the waiting list offered, before its deadline.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(string reference, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(reference, cancellationToken))
        {
            return NotFound();
        }
        if (MayConfirm)
        {
            await desk.ConfirmAsync(await TrackedAsync(cancellationToken), cancellationToken);
        }
        return Redirect($"/reserver/reservation/{reference}");
    }

    private Task<Booking> TrackedAsync(CancellationToken cancellationToken) =>
        db.Bookings.SingleAsync(b => b.Id == Booking.Id, cancellationToken);

    private async Task<bool> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        var accountId = User.RequiredAccountId();
        var booking = await db
            .Bookings.AsNoTracking()
            .SingleOrDefaultAsync(
                b => b.Reference == reference && (b.AccountId == accountId || b.BookedByAccountId == accountId),
                cancellationToken
            );
        if (booking is null)
        {
            return false;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        Booking = booking;
        Resource = await db.Resources.AsNoTracking().SingleAsync(r => r.Id == booking.ResourceId, cancellationToken);
        Session = booking.SessionId is { } id
            ? await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
            : null;
        Names = await territory.GetAsync(cancellationToken);
        MayCancel = booking.MayCancel(Resource, now);
        MayConfirm = booking.Status == BookingStatus.Offered && booking.HoldUntilUtc > now;
        QrCode = QrCodes.SvgDataUri(booking.Reference);
        return true;
    }
}
