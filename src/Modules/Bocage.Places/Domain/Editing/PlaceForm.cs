using System.Globalization;

namespace Bocage.Places.Domain.Editing;

/// <summary>
/// The agents' form of a place, as typed (strings, so that nothing typed is lost on a mistake). <see cref="Check"/>
/// gives the description, or the problems as (field, text key, arguments) for the page to show at each field.
/// Parts the form does not show (bookables, ticked on the agents' page; premises) are kept from the place.
/// </summary>
internal sealed class PlaceForm
{
    public const string ListValueInvalid = "Form_ListValueInvalid";

    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Commune { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public string? SummaryFr { get; set; }
    public string? SummaryEn { get; set; }
    public string? SummaryNl { get; set; }
    public string? DescriptionFr { get; set; }
    public string? DescriptionEn { get; set; }
    public string? DescriptionNl { get; set; }
    public string? Themes { get; set; }
    public string? OpeningHours { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public bool StepFree { get; set; }
    public string? Accessibility { get; set; }
    public DateOnly? ClosedUntil { get; set; }
    public string? ClosedReason { get; set; }

    /// <summary>Labels as typed, separated by commas (« Tourisme et Handicap, Qualité Tourisme »).</summary>
    public string? Labels { get; set; }

    /// <summary>Ticked among <see cref="MediationLists"/>: what the place offers as digital mediation.</summary>
    public List<string> MediationServices { get; set; } = [];
    public List<string> MediationAccess { get; set; } = [];
    public List<string> Programmes { get; set; } = [];

    public static PlaceForm Of(Place place) => Of(place.Details, place);

    /// <summary>The form of <paramref name="d"/> (a place's description, or one proposed for it).</summary>
    public static PlaceForm Of(PlaceDetails d, Place place)
    {
        string Degrees(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
        return new PlaceForm
        {
            Name = d.Name,
            Kind = d.Kind.ToString(),
            Commune = d.CommuneInsee,
            Street = d.Street,
            PostalCode = d.PostalCode,
            Latitude = Degrees(d.Latitude),
            Longitude = Degrees(d.Longitude),
            SummaryFr = d.Summary.Fr,
            SummaryEn = d.Summary.En,
            SummaryNl = d.Summary.Nl,
            DescriptionFr = d.Description.Fr,
            DescriptionEn = d.Description.En,
            DescriptionNl = d.Description.Nl,
            Themes = string.Join(", ", Place.Values(d.Themes)),
            OpeningHours = d.OpeningHours,
            Phone = d.Phone,
            Email = d.Email,
            Website = d.Website,
            StepFree = d.StepFree,
            Accessibility = d.Accessibility.Fr,
            ClosedUntil = place.ClosedUntil,
            ClosedReason = place.ClosedReason,
            Labels = string.Join(", ", Place.Values(d.Labels)),
            MediationServices = [.. Place.Values(d.MediationServices)],
            MediationAccess = [.. Place.Values(d.MediationAccess)],
            Programmes = [.. Place.Values(d.Programmes)],
        };
    }

    /// <summary>
    /// A company's form posts only its parts (<see cref="Companies.CompanyEdit"/>): name, kind, address and
    /// coordinates, labels (awarded by others) and the mediation lists are taken from the place, whatever was posted.
    /// </summary>
    public void KeepFixedParts(PlaceForm place)
    {
        (Name, Kind, Commune, Street, PostalCode, Latitude, Longitude) = (
            place.Name,
            place.Kind,
            place.Commune,
            place.Street,
            place.PostalCode,
            place.Latitude,
            place.Longitude
        );
        (Labels, MediationServices, MediationAccess, Programmes) = (
            place.Labels,
            place.MediationServices,
            place.MediationAccess,
            place.Programmes
        );
    }

    public (PlaceDetails? Details, List<(string Field, string Key, object[] Arguments)> Errors) Check(
        PlaceDetails? kept
    )
    {
        var errors = new List<(string, string, object[])>();
        string Text(string? value) => (value ?? "").Trim();
        var name = Text(Name);
        if (name.Length is 0 or > Place.NameMaxLength)
        {
            errors.Add((nameof(Name), "Form_NameRequired", []));
        }
        // A kind is named by its code: « 3 » or « Museum, Shop » would parse too.
        if (!Enum.TryParse<PlaceKind>(Kind, out var kind) || !Enum.IsDefined(kind) || kind.ToString() != Kind)
        {
            errors.Add((nameof(Kind), "Form_KindInvalid", []));
        }
        if (Text(PostalCode) is var postal && (postal.Length != 5 || !postal.All(char.IsAsciiDigit)))
        {
            errors.Add((nameof(PostalCode), "Form_PostalCode", []));
        }
        var latitude = Degrees(Latitude, 90, nameof(Latitude), errors);
        var longitude = Degrees(Longitude, 180, nameof(Longitude), errors);
        if (Text(SummaryFr).Length > Place.SummaryMaxLength)
        {
            errors.Add((nameof(SummaryFr), "Form_SummaryTooLong", [Place.SummaryMaxLength]));
        }
        var hours = Text(OpeningHours);
        if (hours.Length > 0 && !Kernel.Hours.OpeningHours.TryParse(hours, out _, out var hoursError))
        {
            errors.Add((nameof(OpeningHours), "Form_HoursInvalid", [hoursError]));
        }
        if (Text(Email) is { Length: > 0 } email && !Kernel.Text.EmailAddresses.IsPlausible(email))
        {
            errors.Add((nameof(Email), "Form_Email", []));
        }
        if (
            Text(Website) is { Length: > 0 } site
            && !(Uri.TryCreate(site, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
        )
        {
            errors.Add((nameof(Website), "Form_Website", []));
        }
        var themes = Joined(Text(Themes));
        var labels = Joined(Text(Labels));
        foreach (
            var (field, ticked, offered) in new (string, List<string>, IReadOnlyList<string>)[]
            {
                (nameof(MediationServices), MediationServices, MediationLists.Services),
                (nameof(MediationAccess), MediationAccess, MediationLists.Access),
                (nameof(Programmes), Programmes, MediationLists.Programmes),
            }
        )
        {
            // Ticked boxes only send the schema's values: another one is a forged form or an old import.
            // The values named, for an import to tell which cell's value is not the schema's.
            if (ticked.Where(v => !offered.Contains(v)).ToList() is { Count: > 0 } unknown)
            {
                errors.Add((field, ListValueInvalid, [string.Join(" | ", unknown)]));
            }
        }
        // The columns' lengths: a text too long is told at its field (a CSV import's cell), never left to the
        // database to refuse.
        foreach (
            var (field, length, max) in new (string, int, int)[]
            {
                (nameof(Street), Text(Street).Length, Place.StreetMaxLength),
                (nameof(SummaryEn), Text(SummaryEn).Length, Place.SummaryMaxLength),
                (nameof(SummaryNl), Text(SummaryNl).Length, Place.SummaryMaxLength),
                (nameof(DescriptionFr), Text(DescriptionFr).Length, Place.TextMaxLength),
                (nameof(DescriptionEn), Text(DescriptionEn).Length, Place.TextMaxLength),
                (nameof(DescriptionNl), Text(DescriptionNl).Length, Place.TextMaxLength),
                (nameof(Themes), themes.Length, Place.ListMaxLength),
                (nameof(Labels), labels.Length, Place.ListMaxLength),
                (nameof(OpeningHours), hours.Length, Place.ListMaxLength),
                (nameof(Phone), Text(Phone).Length, Place.PhoneMaxLength),
                (nameof(Email), Text(Email).Length, Place.EmailMaxLength),
                (nameof(Website), Text(Website).Length, Place.WebsiteMaxLength),
                (nameof(Accessibility), Text(Accessibility).Length, Place.AccessibilityMaxLength),
            }
        )
        {
            if (length > max && !errors.Any(e => e.Item1 == field))
            {
                errors.Add((field, "Form_TooLong", [max]));
            }
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        var details = (kept ?? new PlaceDetails(name, kind, Text(Commune), "", postal, 0, 0)) with
        {
            Name = name,
            Kind = kind,
            CommuneInsee = kept?.CommuneInsee ?? Text(Commune),
            Street = Text(Street),
            PostalCode = postal,
            Latitude = latitude,
            Longitude = longitude,
            Summary = new(Text(SummaryFr), Optional(SummaryEn), Optional(SummaryNl)),
            Description = new(Text(DescriptionFr), Optional(DescriptionEn), Optional(DescriptionNl)),
            Themes = themes,
            OpeningHours = hours,
            Phone = Text(Phone),
            Email = Text(Email),
            Website = Text(Website),
            StepFree = StepFree,
            Accessibility = (kept?.Accessibility ?? Localized.Empty) with { Fr = Text(Accessibility) },
            Labels = labels,
            MediationServices = Ordered(MediationServices, MediationLists.Services),
            MediationAccess = Ordered(MediationAccess, MediationLists.Access),
            Programmes = Ordered(Programmes, MediationLists.Programmes),
        };
        return (details, errors);
    }

    /// <summary>A list typed with commas (or « | »), stored joined with « | ».</summary>
    private static string Joined(string typed) =>
        string.Join(
            '|',
            typed.Split([',', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        );

    /// <summary>The values ticked, in the schema's order, joined with « | » as the schema asks.</summary>
    private static string Ordered(List<string> ticked, IReadOnlyList<string> offered) =>
        string.Join('|', offered.Where(ticked.Contains));

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Degrees as people type them, a dot or a French comma (« 50,0157 »); null beyond ±limit.</summary>
    public static double? ReadDegrees(string? text, double limit)
    {
        var normalised = (text ?? "").Trim().Replace(',', '.');
        return
            double.TryParse(normalised, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && Math.Abs(value) <= limit
            ? value
            : null;
    }

    private static double Degrees(string? text, double limit, string field, List<(string, string, object[])> errors)
    {
        if (ReadDegrees(text, limit) is { } value)
        {
            return value;
        }
        errors.Add((field, "Form_Degrees", [limit]));
        return 0;
    }
}
