namespace Bocage.Bookings.Domain;

/// <summary>
/// A person waiting for a seat of a full slot. When a seat frees, the first one waiting (first come, first served)
/// is offered it for a while; an offer not taken goes to the next.
/// </summary>
internal sealed class WaitingEntry
{
    private WaitingEntry() { }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid ResourceId { get; private set; }

    public DateTime StartUtc { get; private set; }

    public string AccountId { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Email { get; private set; } = "";

    public string Language { get; private set; } = "fr";

    /// <summary>What they answered the place's questions when joining, kept for the seat offered to them.</summary>
    public string Answers { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>The booking offered to this person, once a seat freed; the entry then leaves the queue.</summary>
    public Guid? OfferedBookingId { get; private set; }

    public bool IsWaiting => OfferedBookingId is null;

    public static WaitingEntry Create(Guid resourceId, DateTime startUtc, BookingPerson person, DateTime nowUtc) =>
        new()
        {
            ResourceId = resourceId,
            StartUtc = startUtc,
            AccountId = person.AccountId,
            Name = person.Name,
            Email = person.Email,
            Language = person.Language,
            Answers = person.Answers,
            CreatedAtUtc = nowUtc,
        };

    public BookingPerson Person => new(AccountId, Name, Email, Language) { Answers = Answers };

    public void Offered(Guid bookingId) => OfferedBookingId = bookingId;
}
