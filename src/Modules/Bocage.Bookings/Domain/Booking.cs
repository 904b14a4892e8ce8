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

    /// <summary>Ten questions' words and answers, as JSON.</summary>
    public const int AnswersMaxLength = 8000;

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

    /// <summary>The answers to the place's questions, each with its question's words (JSON); empty for none.</summary>
    public string Answers { get; private set; } = "";

    /// <summary>The mediator who booked under the person's mandate (« réalisé par X pour le compte de Y »).</summary>
    public string? BookedByAccountId { get; private set; }

    public BookingStatus Status { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? CancelledAtUtc { get; private set; }

    /// <summary>Why an agent refused or cancelled it, told to the person.</summary>
    public string? Reason { get; private set; }

    /// <summary>Until when an offered seat waits for the person's confirmation, or an unpaid one for payment.</summary>
    public DateTime? HoldUntilUtc { get; private set; }

    public Audience Audience { get; private set; }

    /// <summary>The price of the person's audience, in cents; 0 when free.</summary>
    public long AmountCents { get; private set; }

    /// <summary>The invoice of the place's régie (Payments engine's contract), for a priced booking.</summary>
    public Guid? InvoiceId { get; private set; }

    public DateTime? PaidAtUtc { get; private set; }

    /// <summary>What the régie owes back after a paid booking was cancelled within the place's rule.</summary>
    public long CreditCents { get; private set; }

    /// <summary>When the reminder is due (48 hours before); null when booked later than that.</summary>
    public DateTime? RemindAtUtc { get; private set; }

    public DateTime? ReminderSentAtUtc { get; private set; }

    /// <summary>When the second reminder is due (the place's hours before, for appointments); null for none.</summary>
    public DateTime? LastCallAtUtc { get; private set; }

    public DateTime? LastCallSentAtUtc { get; private set; }

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
            Answers = person.Answers,
            BookedByAccountId = person.BookedBy,
            Status = status,
            CreatedAtUtc = nowUtc,
            RemindAtUtc = Due(slot.StartUtc, ReminderHours, nowUtc),
        };

    /// <summary>Asks for a second reminder <paramref name="hours"/> before the start (none for 0).</summary>
    public Booking WithLastCall(int hours)
    {
        LastCallAtUtc = hours > 0 ? Due(StartUtc, hours, CreatedAtUtc) : null;
        return this;
    }

    /// <summary>A reminder's time, or null when the booking is made later than that.</summary>
    private static DateTime? Due(DateTime startUtc, int hoursBefore, DateTime nowUtc) =>
        startUtc.AddHours(-hoursBefore) > nowUtc ? startUtc.AddHours(-hoursBefore) : null;

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
        HoldUntilUtc = expiresAtUtc;
        return this;
    }

    /// <summary>The price the person pays; held unpaid until <paramref name="holdUntilUtc"/> if paid online.</summary>
    public Booking Priced(Audience audience, long amountCents, DateTime? holdUntilUtc)
    {
        (Audience, AmountCents) = (audience, amountCents);
        if (holdUntilUtc is { } until && Status == BookingStatus.Confirmed)
        {
            Status = BookingStatus.AwaitingPayment;
            HoldUntilUtc = until;
        }
        return this;
    }

    public void AttachInvoice(Guid invoiceId) => InvoiceId = invoiceId;

    /// <summary>The régie says the invoice is paid: an awaiting booking is confirmed; answers whether it was.</summary>
    public bool Paid(DateTime nowUtc)
    {
        PaidAtUtc ??= nowUtc;
        if (Status != BookingStatus.AwaitingPayment)
        {
            // Paid after the hold ran out or after a cancellation: the money is owed back.
            CreditCents = Status == BookingStatus.Cancelled ? AmountCents : CreditCents;
            return false;
        }
        Confirm();
        return true;
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
        HoldUntilUtc = null;
        Sequence++;
    }

    public void Cancel(DateTime nowUtc, string? reason = null)
    {
        // A paid booking cancelled is owed back in full (the place's rule was checked before).
        CreditCents = PaidAtUtc is null ? 0 : AmountCents;
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
        Answers = "";
    }
}
