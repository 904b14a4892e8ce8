using Bocage.Bookings.Domain.Hours;

namespace Bocage.Bookings.Domain;

/// <summary>
/// One seat of one slot of a <see cref="Resource"/>, for a person. It keeps only what the place needs (name,
/// address for the mails, language), erased after the resource's retention period.
/// </summary>
internal sealed class Booking
{
    public const int ReferenceLength = 10;
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 254;

    private Booking() { }

    public Guid Id { get; private set; } = Guid.NewGuid();

    /// <summary>What the person reads and says on the phone (« R-7K3P9Q2M »), unique.</summary>
    public string Reference { get; private set; } = "";

    public Guid ResourceId { get; private set; }

    public DateTime StartUtc { get; private set; }

    public DateTime EndUtc { get; private set; }

    /// <summary>
    /// 1 to the resource's capacity: the database refuses two confirmed bookings of one seat that overlap.
    /// </summary>
    public int Seat { get; private set; }

    public string AccountId { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Email { get; private set; } = "";

    /// <summary>The language the person booked in, for the mails when the account has no preference.</summary>
    public string Language { get; private set; } = "fr";

    public BookingStatus Status { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? CancelledAtUtc { get; private set; }

    /// <summary>When the reminder is due (48 hours before); null when booked later than that.</summary>
    public DateTime? RemindAtUtc { get; private set; }

    public DateTime? ReminderSentAtUtc { get; private set; }

    /// <summary>Bumped at each change, so that calendars replace the event they hold (iCalendar SEQUENCE).</summary>
    public int Sequence { get; private set; }

    public static Booking Create(Guid resourceId, Slot slot, int seat, BookingPerson person, DateTime nowUtc) =>
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
            CreatedAtUtc = nowUtc,
            RemindAtUtc =
                slot.StartUtc.AddHours(-ReminderHours) > nowUtc ? slot.StartUtc.AddHours(-ReminderHours) : null,
        };

    /// <summary>A reminder leaves this long before the start (RDV Service Public's 48 hours).</summary>
    public const int ReminderHours = 48;

    public bool IsActive => Status == BookingStatus.Confirmed;

    /// <summary>Whether the person may still cancel: before the start, within the place's rule.</summary>
    public bool MayCancel(Resource resource, DateTime nowUtc) =>
        IsActive && nowUtc <= StartUtc.AddHours(-resource.CancelHoursBefore);

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

    public void Cancel(DateTime nowUtc)
    {
        Status = BookingStatus.Cancelled;
        CancelledAtUtc = nowUtc;
        Sequence++;
    }
}
