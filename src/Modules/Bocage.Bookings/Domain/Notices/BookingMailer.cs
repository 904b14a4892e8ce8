using System.Text;
using Bocage.Bookings.Data;
using Bocage.Bookings.Domain.Calendar;
using Bocage.Kernel.Contracts;
using Bocage.Kernel.Mail;
using Bocage.Kernel.Territory;
using Bocage.Kernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Bookings.Domain.Notices;

/// <summary>
/// Mails the person at each step of their booking (see <see cref="NoticeKinds"/>), in their language, with a link to
/// the booking and the event as an <c>.ics</c> attachment (a cancellation carries METHOD:CANCEL, so the calendar
/// drops it). Idempotency keys (booking, step, sequence) make a redelivered event store no second mail.
/// </summary>
internal sealed class BookingMailer(
    BookingsDb db,
    TerritoryNames territory,
    BookingWording wording,
    LocalizedMailer mailer,
    IStringLocalizer<BookingsResource> text
) : IDomainEventHandler<BookingNotice>
{
    public Task HandleAsync(BookingNotice domainEvent, CancellationToken cancellationToken) =>
        SendAsync(domainEvent.BookingId, domainEvent.Notice, cancellationToken);

    /// <summary>The reminder job's mails: the reminder 48 hours before, and the last call hours before.</summary>
    public Task RemindAsync(Guid bookingId, string notice, CancellationToken cancellationToken) =>
        SendAsync(bookingId, notice, cancellationToken);

    /// <summary>What a step adds (its text's {7}): the place's reason, an offer's or a payment's deadline.</summary>
    private static string Extra(Booking booking, string what) =>
        what switch
        {
            NoticeKinds.CancelledByPlace => booking.Reason ?? "",
            NoticeKinds.Offered or NoticeKinds.AwaitingPayment when booking.HoldUntilUtc is { } until =>
                ParisTime.Format(until),
            _ => "",
        };

    private async Task SendAsync(Guid bookingId, string what, CancellationToken cancellationToken)
    {
        var booking = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        if (booking is null || string.IsNullOrEmpty(booking.Email))
        {
            return; // erased after its retention period, or never had an address
        }
        var resource = await db
            .Resources.AsNoTracking()
            .SingleAsync(r => r.Id == booking.ResourceId, cancellationToken);
        var names = await territory.GetAsync(cancellationToken);
        var commune = BookingWording.Commune(names, resource.CommuneInsee);
        var language = await mailer.LanguageOfAccountAsync(booking.AccountId, booking.Language, cancellationToken);
        await mailer.EnqueueAsync(
            language,
            () =>
            {
                var ics = BookingCalendar.One(booking, wording.Event(booking, resource, commune), wording.Host);
                var when = wording.When(booking.StartUtc, booking.EndUtc);
                var body = text[
                    $"Mail_{what}_Text",
                    booking.Name,
                    resource.Name,
                    when,
                    wording.Where(resource, commune),
                    booking.Reference,
                    wording.Link(booking, resource),
                    ParisTime.Format(booking.StartUtc.AddHours(-resource.CancelHoursBefore)),
                    Extra(booking, what)
                ].Value;
                return new MailRequest(
                    booking.Email,
                    text[$"Mail_{what}_Subject", resource.Name, when],
                    body,
                    $"bookings.{what}"
                )
                {
                    IdempotencyKey = $"bookings.{what}.{booking.Id:N}.{booking.Sequence}",
                    Attachments =
                    [
                        new MailAttachment(
                            BookingCalendar.FileName(booking),
                            BookingCalendar.ContentType,
                            Encoding.UTF8.GetBytes(ics)
                        ),
                    ],
                };
            },
            cancellationToken
        );
    }
}
