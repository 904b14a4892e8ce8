using Bocage.Bookings.Domain.Hours;

namespace Bocage.Bookings.Domain;

/// <summary>
/// A dated session of a training or an event, with its seats: the Journées de la ruralité, a digital training, a
/// territorial meeting. Booking one is booking a seat of it; an agent marks who came.
/// </summary>
internal sealed class Session
{
    public const int TitleMaxLength = 200;

    private Session() { }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid ResourceId { get; private set; }

    public DateTime StartUtc { get; private set; }

    public DateTime EndUtc { get; private set; }

    public int Seats { get; private set; }

    /// <summary>What this session is about (« Module 2 : sécuriser ses comptes »), shown with its date.</summary>
    public string Title { get; private set; } = "";

    public DateTime? CancelledAtUtc { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public Slot Slot => new(StartUtc, EndUtc);

    public static Session Create(Guid resourceId, Slot slot, int seats, string title, DateTime nowUtc) =>
        new()
        {
            ResourceId = resourceId,
            StartUtc = slot.StartUtc,
            EndUtc = slot.EndUtc,
            Seats = seats,
            Title = title.Trim(),
            CreatedAtUtc = nowUtc,
        };

    public void Cancel(DateTime nowUtc) => CancelledAtUtc = nowUtc;
}
