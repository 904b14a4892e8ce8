using Bocage.Bookings.Data;
using Bocage.Bookings.Domain.Availability;
using Bocage.Bookings.Domain.Notices;
using Bocage.Bookings.Domain.Payment;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Domain.Reserving;

/// <summary>
/// Books, confirms and cancels. No double booking, ever: the <see cref="SeatPlacer"/> has the database refuse the
/// loser of a race. A cancellation offers the freed seat to the first of the waiting list.
/// </summary>
internal sealed class BookingDesk(
    BookingsDb db,
    FreeSlots slots,
    SeatPlacer placer,
    Trainings trainings,
    WaitingList waiting,
    BookingPayments payments
)
{
    public async Task<BookingOutcome> BookAsync(
        Resource resource,
        DateTime startUtc,
        BookingPerson person,
        Audience audience,
        CancellationToken cancellationToken
    )
    {
        using var _ = await placer.EnterAsync(cancellationToken);
        // Someone without an account has no training on record: the machine waits until they have one.
        if (
            resource.RequiredTrainingId is { } training
            && (!person.HasAccount || !await trainings.HasAttendedAsync(person.AccountId, training, cancellationToken))
        )
        {
            return BookingOutcome.Refused(BookingRefusal.TrainingRequired);
        }
        var open = await slots.FindAsync(resource, startUtc, cancellationToken);
        if (open is null)
        {
            return BookingOutcome.Refused(BookingRefusal.NoSuchSlot);
        }
        if (
            person.HasAccount
            && await placer
                .Holding(resource.Id, open.Slot)
                .AnyAsync(b => b.AccountId == person.AccountId, cancellationToken)
        )
        {
            return BookingOutcome.Refused(BookingRefusal.AlreadyYours);
        }
        var amount = resource.Prices.For(audience);
        if (amount > 0 && !payments.Available)
        {
            return BookingOutcome.Refused(BookingRefusal.PaymentUnavailable);
        }
        var (status, notice, payFirst) = Terms(resource, person, amount);
        var booking = await placer.PlaceAsync(
            resource.Id,
            open,
            (seat, now) =>
                Booking
                    .Create(resource.Id, open.Slot, seat, person, now, status)
                    .OfSession(open.SessionId)
                    .WithLastCall(resource.LastCallHours)
                    .Priced(audience, amount, payFirst ? now + BookingPayments.Hold : null),
            notice,
            cancellationToken
        );
        if (booking is null)
        {
            return BookingOutcome.Refused(BookingRefusal.Taken);
        }
        if (amount > 0 && !await payments.InvoiceAsync(booking, resource, cancellationToken))
        {
            booking.Cancel(placer.Now);
            await db.SaveChangesAsync(cancellationToken);
            return BookingOutcome.Refused(BookingRefusal.PaymentUnavailable);
        }
        return BookingOutcome.Booked(booking);
    }

    /// <summary>
    /// Paid online before it is confirmed, unless the place takes the money on the spot or approves first; booked
    /// by the place itself, it is confirmed at once and paid on the spot.
    /// </summary>
    private static (BookingStatus Status, string Notice, bool PayFirst) Terms(
        Resource resource,
        BookingPerson person,
        long amount
    )
    {
        if (person.AtDesk)
        {
            return (BookingStatus.Confirmed, NoticeKinds.TakenAtDesk, false);
        }
        var payFirst = amount > 0 && !resource.PayOnSite && !resource.RequiresApproval;
        return resource.RequiresApproval
            ? (BookingStatus.Requested, NoticeKinds.Requested, false)
            : (BookingStatus.Confirmed, payFirst ? NoticeKinds.AwaitingPayment : NoticeKinds.Confirmed, payFirst);
    }

    /// <summary>The person takes the seat offered to them, or an agent approves a request: it is theirs.</summary>
    public async Task ConfirmAsync(Booking booking, CancellationToken cancellationToken)
    {
        booking.Confirm();
        db.Raise(new BookingNotice(booking.Id, NoticeKinds.Confirmed), Now);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Cancels (by the person, or by the place with its <paramref name="reason"/>), tells the person, and offers
    /// the freed seat to the first of the waiting list.
    /// </summary>
    public async Task CancelAsync(
        Booking booking,
        Resource resource,
        string? reason,
        CancellationToken cancellationToken
    )
    {
        booking.Cancel(Now, reason);
        db.Raise(
            new BookingNotice(booking.Id, reason is null ? NoticeKinds.Cancelled : NoticeKinds.CancelledByPlace),
            Now
        );
        await db.SaveChangesAsync(cancellationToken);
        using var _ = await placer.EnterAsync(cancellationToken);
        await waiting.OfferNextAsync(resource, booking.StartUtc, cancellationToken);
    }

    private DateTime Now => placer.Now;
}
