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

    /// <summary>A second reminder this many hours before (0: none), as RDV Service Public does.</summary>
    public int LastCallHours { get; init; }

    /// <summary>Bookings wait for an agent's approval (a room lent to associations, a machine).</summary>
    public bool RequiresApproval { get; init; }

    /// <summary>Prices per audience in cents (0: free for that audience); see <see cref="Prices.For"/>.</summary>
    public Prices Prices { get; init; } = Prices.Free;

    /// <summary>The régie that collects (its code), or null for the collectivity's first one.</summary>
    public string? RegieCode { get; init; }

    /// <summary>Confirmed at once and paid on the spot, rather than paid online before it is confirmed.</summary>
    public bool PayOnSite { get; init; }

    /// <summary>The training whose attendance, marked by an agent, this resource asks for (a CNC machine).</summary>
    public Guid? RequiredTrainingId { get; init; }
}
