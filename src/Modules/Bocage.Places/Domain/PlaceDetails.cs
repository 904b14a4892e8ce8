namespace Bocage.Places.Domain;

/// <summary>
/// Everything said of a place, as one record: the seed, the CSV import and the agents' form all describe a place
/// with it, and <see cref="Place.Describe"/> checks it once. Lists are joined with <c>|</c>, as the national
/// mediation schema writes them.
/// </summary>
internal sealed record PlaceDetails(
    string Name,
    PlaceKind Kind,
    string CommuneInsee,
    string Street,
    string PostalCode,
    double Latitude,
    double Longitude
)
{
    public Localized Summary { get; init; } = Localized.Empty;

    public Localized Description { get; init; } = Localized.Empty;

    /// <summary>Themes (« Patrimoine industriel|Textile »), the directory's filter.</summary>
    public string Themes { get; init; } = "";

    /// <summary>OpenStreetMap <c>opening_hours</c>; empty when unknown.</summary>
    public string OpeningHours { get; init; } = "";

    public string Phone { get; init; } = "";

    public string Email { get; init; } = "";

    public string Website { get; init; } = "";

    /// <summary>14 digits, for companies and the structures the mediation schema identifies.</summary>
    public string Siret { get; init; } = "";

    public bool StepFree { get; init; }

    public Localized Accessibility { get; init; } = Localized.Empty;

    /// <summary>Labels (« Tourisme &amp; Handicap|Qualité Tourisme »).</summary>
    public string Labels { get; init; } = "";

    /// <summary>Mediation services, in the schema's value list (« Aide aux démarches administratives|… »).</summary>
    public string MediationServices { get; init; } = "";

    /// <summary>How to be received, in the schema's list (« Se présenter|Téléphoner »).</summary>
    public string MediationAccess { get; init; } = "";

    /// <summary>National programmes (« France Services|Conseillers numériques »).</summary>
    public string Programmes { get; init; } = "";

    /// <summary>Slugs of the bookings engine's resources that stand here (« réservable ici »).</summary>
    public string Bookables { get; init; } = "";

    /// <summary>Premises offered: surface in square metres and monthly rent in cents.</summary>
    public int? SurfaceSquareMetres { get; init; }

    public long? MonthlyRentCents { get; init; }

    public bool IsDemo { get; init; }
}
