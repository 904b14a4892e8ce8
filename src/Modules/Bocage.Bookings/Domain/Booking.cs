using Bocage.Bookings.Domain.Hours;

namespace Bocage.Bookings.Domain;

/// <summary>
/// One seat of one slot of a <see cref="Resource"/>, for a person. It keeps only what the place needs (name,
/// address for the mails, language), erased after the resource's retention period. Its life: confirmed at once,
/// or requested (the place approves), or offered to the first of the waiting list; then cancelled, or attended.
/// </summary>
internal sealed class Booking
{
    public const int ReferenceLength = 10;
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int ReasonMaxLength = 500;

    /// <summary>A reminder leaves this long before the start (RDV Service Public's 48 hours).</summary>
    public const int ReminderHours = 48;

    private Booking() { }

    public Guid Id { get; private set; } = Guid.NewGuid();

    /// <summary>What the person reads and says on the phone (« R-7K3P9Q2M »), unique.</summary>
    public string Reference { get; private set; } = "";

    public Guid ResourceId { get; private set; }

    /// <summary>The session booked, for trainings and events; null for a slot cut from opening hours.</summary>
    public Guid? SessionId { get; private set; }

    public DateTime StartUtc { get; private set; }

    public DateTime EndUtc { get; private set; }

    /// <summary>
    /// 1 to the slot's capacity: the database refuses two bookings of one seat that overlap, unless cancelled.
    /// </summary>
    public int Seat { get; private set; }

    public string AccountId { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Email { get; private set; } = "";

    /// <summary>The language the person booked in, for the mails when the account has no preference.</summary>
    public string Language { get; private set; } = "fr";

    /// <summary>The mediator who booked under the person's mandate (« réalisé par X pour le compte de Y »).</summary>
    public string? BookedByAccountId { get; private set; }

    public BookingStatus Status { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? CancelledAtUtc { get; private set; }

    /// <summary>Why an agent refused or cancelled it, told to the person.</summary>
    public string? Reason { get; private set; }

    /// <summary>Until when an offered seat waits for the person's confirmation.</summary>
    public DateTime? OfferExpiresAtUtc { get; private set; }

    /// <summary>When the reminder is due (48 hours before); null when booked later than that.</summary>
    public DateTime? RemindAtUtc { get; private set; }

    public DateTime? ReminderSentAtUtc { get; private set; }

    /// <summary>Marked by an agent on the attendance sheet: present, absent, or not yet said.</summary>
    public bool? Attended { get; private set; }

    /// <summary>Bumped at each change, so that calendars replace the event they hold (iCalendar SEQUENCE).</summary>
    public int Sequence { get; private set; }

    public static Booking Create(
        Guid resourceId,
        Slot slot,
        int seat,
        BookingPerson person,
        DateTime nowUtc,
        BookingStatus status = BookingStatus.Confirmed
    ) =>
        new()
        {
            Reference = BookingReference.New(),
            ResourceId = resourceId,
            StartUtc = slot.StartUtc,
            EndUtc = slot.EndUtc,
            Seat = seat,
            AccountId = person.AccountId,
            Name = person.Name,
            Email = person.Email,
            Language = person.Language,
            BookedByAccountId = person.BookedBy,
            Status = status,
            CreatedAtUtc = nowUtc,
            RemindAtUtc =
                slot.StartUtc.AddHours(-ReminderHours) > nowUtc ? slot.StartUtc.AddHours(-ReminderHours) : null,
        };

    /// <summary>A booking of a session, the same as a slot's with the session it belongs to.</summary>
    public Booking OfSession(Guid? sessionId)
    {
        SessionId = sessionId;
        return this;
    }

    /// <summary>A freed seat held for the first of the waiting list until <paramref name="expiresAtUtc"/>.</summary>
    public Booking AsOffer(DateTime expiresAtUtc)
    {
        Status = BookingStatus.Offered;
        OfferExpiresAtUtc = expiresAtUtc;
        return this;
    }

    /// <summary>Holds a seat: anything but a cancellation.</summary>
    public bool IsActive => Status != BookingStatus.Cancelled;

    public bool IsConfirmed => Status == BookingStatus.Confirmed;

    /// <summary>Whether the person may still cancel: before the start, within the place's rule.</summary>
    public bool MayCancel(Resource resource, DateTime nowUtc) =>
        IsActive && nowUtc <= StartUtc.AddHours(-resource.CancelHoursBefore);

    /// <summary>The person takes the seat offered to them, or the place approves the request.</summary>
    public void Confirm()
    {
        Status = BookingStatus.Confirmed;
        OfferExpiresAtUtc = null;
        Sequence++;
    }

    public void Cancel(DateTime nowUtc, string? reason = null)
    {
        Status = BookingStatus.Cancelled;
        CancelledAtUtc = nowUtc;
        Reason = reason;
        Sequence++;
    }

    public void MarkAttendance(bool present) => Attended = present;

    /// <summary>
    /// Forgets the person (account erased, or retention over): the slot stays, for the occupancy statistics; a
    /// future booking is cancelled first, so that its seat frees.
    /// </summary>
    public void Forget(DateTime nowUtc)
    {
        if (IsActive && StartUtc > nowUtc)
        {
            Cancel(nowUtc);
        }
        AccountId = "";
        Name = "";
        Email = "";
    }
}
