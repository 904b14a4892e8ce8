namespace Bocage.Bookings.Domain;

/// <summary>What an agent (or the demo seed) says of a resource when creating it.</summary>
internal sealed record ResourceDescription(
    string Slug,
    string Name,
    ResourceKind Kind,
    string? CommuneInsee,
    string Address,
    string Description,
    string OpeningHours
)
{
    public string Amenities { get; init; } = "";

    public int Capacity { get; init; } = 1;

    public bool StepFree { get; init; }

    public int SlotMinutes { get; init; } = 60;

    public int BufferMinutes { get; init; }

    public int CancelHoursBefore { get; init; } = 24;

    /// <summary>Bookings wait for an agent's approval (a room lent to associations, a studio with a technician).</summary>
    public bool RequiresApproval { get; init; }

    /// <summary>The training whose attendance, marked by an agent, this resource asks for (a CNC machine).</summary>
    public Guid? RequiredTrainingId { get; init; }
}
