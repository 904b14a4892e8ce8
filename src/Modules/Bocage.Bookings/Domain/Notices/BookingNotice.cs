using Bocage.Kernel.Contracts;

namespace Bocage.Bookings.Domain.Notices;

/// <summary>
/// Raised in the transaction that changes a booking, so that the mail telling the person leaves once and only for a
/// change that was committed (a lost race rolls the event back with the row). <see cref="Notice"/> names the mail:
/// see <see cref="NoticeKinds"/>.
/// </summary>
[EventName("bookings.booking-notice", 1)]
internal sealed record BookingNotice(Guid BookingId, string Notice) : IDomainEvent;

/// <summary>The mails a booking's life sends; each has its subject and text in the engine's texts.</summary>
internal static class NoticeKinds
{
    public const string Confirmed = "confirmed";
    public const string Requested = "requested";

    /// <summary>Booked by the place for someone who called, without an account: the mail says how to cancel.</summary>
    public const string TakenAtDesk = "atdesk";

    /// <summary>A priced booking held while the person pays it online.</summary>
    public const string AwaitingPayment = "topay";
    public const string Offered = "offered";
    public const string Cancelled = "cancelled";

    /// <summary>Cancelled or refused by the place, with its reason.</summary>
    public const string CancelledByPlace = "cancelledbyplace";
    public const string Reminder = "reminder";

    /// <summary>The second reminder, hours before an appointment.</summary>
    public const string LastCall = "lastcall";
}
