using Bocage.Bookings.Data;
using Bocage.Bookings.Domain.Notices;
using Bocage.Kernel.Contracts;
using Bocage.Payments.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Domain.Payment;

/// <summary>
/// The régie's word on a booking's invoice: paid confirms an awaiting booking (and mails it); paid after the hold
/// ran out, or for a booking since cancelled, is recorded as owed back; a cancelled invoice cancels an awaiting
/// booking. A redelivered event finds the booking already changed and does nothing more.
/// </summary>
internal sealed class BookingSettlements(BookingsDb db, TimeProvider clock) : IDomainEventHandler<InvoiceSettled>
{
    public async Task HandleAsync(InvoiceSettled domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.Origin != BookingPayments.Origin)
        {
            return;
        }
        var booking = await db.Bookings.SingleOrDefaultAsync(
            b => b.Reference == domainEvent.OriginReference && b.InvoiceId == domainEvent.InvoiceId,
            cancellationToken
        );
        if (booking is null)
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        switch (domainEvent.Outcome)
        {
            case InvoiceOutcome.Paid when booking.PaidAtUtc is null:
                if (booking.Paid(now))
                {
                    db.Raise(new BookingNotice(booking.Id, NoticeKinds.Confirmed), now);
                }
                break;
            case InvoiceOutcome.Cancelled when booking.Status == BookingStatus.AwaitingPayment:
                booking.Cancel(now);
                db.Raise(new BookingNotice(booking.Id, NoticeKinds.Cancelled), now);
                break;
            default:
                // A refused or abandoned payment: the person may pay again while the hold lasts.
                return;
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
