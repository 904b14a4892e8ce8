namespace Bocage.Bookings.Domain;

/// <summary>
/// A room, studio, desk, machine, cabin or an appointment with a mediator: what a person books by the slot. Its
/// slots come from its opening hours (OpenStreetMap syntax), cut into <see cref="SlotMinutes"/> with a
/// <see cref="BufferMinutes"/> pause between two; each slot has <see cref="Capacity"/> seats.
/// </summary>
internal sealed class Resource
{
    public const int SlugMaxLength = 80;
    public const int NameMaxLength = 200;
    public const int TextMaxLength = 2000;
    public const int HoursMaxLength = 500;

    private Resource() { }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string Slug { get; private set; } = "";

    public string Name { get; private set; } = "";

    public ResourceKind Kind { get; private set; }

    /// <summary>The commune where it stands and whose agents manage it; null for the intercommunality's.</summary>
    public string? CommuneInsee { get; private set; }

    public string Address { get; private set; } = "";

    public string Description { get; private set; } = "";

    /// <summary>Equipment, one per line (« Fibre », « Vidéoprojecteur »).</summary>
    public string Amenities { get; private set; } = "";

    public int Capacity { get; private set; } = 1;

    /// <summary>Step-free access from the street to the resource (a filter of <c>/reserver</c>).</summary>
    public bool StepFree { get; private set; }

    public string OpeningHours { get; private set; } = "";

    public int SlotMinutes { get; private set; } = 60;

    public int BufferMinutes { get; private set; }

    /// <summary>The person may cancel until this many hours before the start (the place's rule).</summary>
    public int CancelHoursBefore { get; private set; } = 24;

    /// <summary>A second reminder this many hours before the start; 0 for none.</summary>
    public int LastCallHours { get; private set; }

    /// <summary>Months after the date when the booking's personal data are erased (RGPD register).</summary>
    public int RetentionMonths { get; private set; } = 12;

    public bool RequiresApproval { get; private set; }

    public long PriceCents { get; private set; }

    public long OutsiderPriceCents { get; private set; }

    public long AssociationPriceCents { get; private set; }

    public long CompanyPriceCents { get; private set; }

    public string? RegieCode { get; private set; }

    public bool PayOnSite { get; private set; }

    public Prices Prices => new(PriceCents, OutsiderPriceCents, AssociationPriceCents, CompanyPriceCents);

    /// <summary>The training (a resource of kind <see cref="ResourceKind.Training"/>) one must have attended.</summary>
    public Guid? RequiredTrainingId { get; private set; }

    /// <summary>How long a freed seat is kept for the first of the waiting list.</summary>
    public int OfferHours { get; private set; } = 12;

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>Dated sessions rather than slots cut from opening hours.</summary>
    public bool HasSessions => Kind is ResourceKind.Training or ResourceKind.Event;

    public static Resource Create(ResourceDescription d, DateTime nowUtc)
    {
        var resource = new Resource
        {
            Slug = d.Slug,
            Kind = d.Kind,
            CommuneInsee = d.CommuneInsee,
            CreatedAtUtc = nowUtc,
        };
        resource.Describe(d);
        return resource;
    }

    /// <summary>An agent's new description; slug, kind and commune stay (links and scope rely on them).</summary>
    public void Describe(ResourceDescription d)
    {
        Name = d.Name;
        Address = d.Address;
        Description = d.Description;
        Amenities = d.Amenities;
        Capacity = d.Capacity;
        StepFree = d.StepFree;
        OpeningHours = d.OpeningHours;
        SlotMinutes = d.SlotMinutes;
        BufferMinutes = d.BufferMinutes;
        CancelHoursBefore = d.CancelHoursBefore;
        LastCallHours = d.LastCallHours;
        RequiresApproval = d.RequiresApproval;
        RequiredTrainingId = d.RequiredTrainingId;
        (PriceCents, OutsiderPriceCents) = (d.Prices.Inhabitant, d.Prices.Outsider);
        (AssociationPriceCents, CompanyPriceCents) = (d.Prices.Association, d.Prices.Company);
        (RegieCode, PayOnSite) = (d.RegieCode, d.PayOnSite);
    }

    public IReadOnlyList<string> AmenityList =>
        Amenities.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
