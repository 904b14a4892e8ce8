using System.Globalization;
using Bocage.Kernel.Amounts;

namespace Bocage.Bookings.Domain.Reserving;

/// <summary>
/// What an agent types to describe a place, kept as typed (so that nothing is lost on a mistake) and checked into
/// a <see cref="ResourceDescription"/>, each mistake named by its field with the key of its sentence and its arguments.
/// </summary>
internal sealed class ResourceForm
{
    public string? Name { get; set; } = "";

    public string? Kind { get; set; } = "";

    public string? Commune { get; set; } = "";

    public string? Address { get; set; } = "";

    public string? Description { get; set; } = "";

    public string? Amenities { get; set; } = "";

    public string? Capacity { get; set; } = "1";

    public bool StepFree { get; set; }

    public string? OpeningHours { get; set; } = "";

    public string? SlotMinutes { get; set; } = "60";

    public string? BufferMinutes { get; set; } = "0";

    public string? CancelHoursBefore { get; set; } = "24";

    public string? LastCallHours { get; set; } = "0";

    public bool RequiresApproval { get; set; }

    public string? PriceInhabitant { get; set; } = "0";

    public string? PriceOutsider { get; set; } = "0";

    public string? PriceAssociation { get; set; } = "0";

    public string? PriceCompany { get; set; } = "0";

    public string? RegieCode { get; set; } = "";

    public bool PayOnSite { get; set; }

    public string? RequiredTraining { get; set; } = "";

    /// <summary>The fields of an existing resource, to edit them.</summary>
    public static ResourceForm Of(Resource r) =>
        new()
        {
            Name = r.Name,
            Kind = r.Kind.ToString(),
            Commune = r.CommuneInsee ?? "",
            Address = r.Address,
            Description = r.Description,
            Amenities = r.Amenities,
            Capacity = Number(r.Capacity),
            StepFree = r.StepFree,
            OpeningHours = r.OpeningHours,
            SlotMinutes = Number(r.SlotMinutes),
            BufferMinutes = Number(r.BufferMinutes),
            CancelHoursBefore = Number(r.CancelHoursBefore),
            LastCallHours = Number(r.LastCallHours),
            RequiresApproval = r.RequiresApproval,
            PriceInhabitant = Money.ForInput(r.PriceCents),
            PriceOutsider = Money.ForInput(r.OutsiderPriceCents),
            PriceAssociation = Money.ForInput(r.AssociationPriceCents),
            PriceCompany = Money.ForInput(r.CompanyPriceCents),
            RegieCode = r.RegieCode ?? "",
            PayOnSite = r.PayOnSite,
            RequiredTraining = r.RequiredTrainingId?.ToString() ?? "",
        };

    /// <summary>
    /// The description, or the mistakes: (field, text key, argument) for each. <paramref name="slug"/> is the
    /// address the resource has or gets; the hours' own message comes from the reader, already in French.
    /// </summary>
    public (ResourceDescription? Description, List<(string Field, string Key, object[] Arguments)> Errors) Check(
        string slug
    )
    {
        var errors = new List<(string, string, object[])>();
        var name = (Name ?? "").Trim();
        if (name.Length is 0 or > Resource.NameMaxLength)
        {
            errors.Add((nameof(Name), "Form_NameInvalid", [Resource.NameMaxLength]));
        }
        if (!Enum.TryParse<ResourceKind>(Kind, out var kind) || !Enum.IsDefined(kind))
        {
            errors.Add((nameof(Kind), "Form_KindInvalid", []));
        }
        var capacity = Whole(Capacity, 1, 500, nameof(Capacity), errors);
        var slot = Whole(SlotMinutes, 5, 24 * 60, nameof(SlotMinutes), errors);
        var buffer = Whole(BufferMinutes, 0, 240, nameof(BufferMinutes), errors);
        var cancel = Whole(CancelHoursBefore, 0, 24 * 30, nameof(CancelHoursBefore), errors);
        var lastCall = Whole(LastCallHours, 0, 24, nameof(LastCallHours), errors);
        var prices = new Prices(
            Price(PriceInhabitant, nameof(PriceInhabitant), errors),
            Price(PriceOutsider, nameof(PriceOutsider), errors),
            Price(PriceAssociation, nameof(PriceAssociation), errors),
            Price(PriceCompany, nameof(PriceCompany), errors)
        );
        var hours = (OpeningHours ?? "").Trim();
        var hasSessions = kind is ResourceKind.Training or ResourceKind.Event;
        if (!hasSessions && !Bocage.Kernel.Hours.OpeningHours.TryParse(hours, out _, out var hoursError))
        {
            errors.Add((nameof(OpeningHours), "Form_HoursInvalid", [hoursError]));
        }
        if ((Description ?? "").Length > Resource.TextMaxLength || (Amenities ?? "").Length > Resource.TextMaxLength)
        {
            errors.Add((nameof(Description), "Form_TextTooLong", [Resource.TextMaxLength]));
        }
        if ((Address ?? "").Trim().Length > Resource.NameMaxLength)
        {
            errors.Add((nameof(Address), "Form_NameInvalid", [Resource.NameMaxLength]));
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        return (
            new ResourceDescription(
                slug,
                name,
                kind,
                string.IsNullOrEmpty(Commune) ? null : Commune,
                (Address ?? "").Trim(),
                (Description ?? "").Trim(),
                hasSessions ? "" : hours
            )
            {
                Amenities = (Amenities ?? "").Trim(),
                Capacity = capacity,
                StepFree = StepFree,
                SlotMinutes = slot,
                BufferMinutes = buffer,
                CancelHoursBefore = cancel,
                LastCallHours = lastCall,
                Prices = prices,
                RegieCode = string.IsNullOrWhiteSpace(RegieCode) ? null : RegieCode.Trim().ToUpperInvariant(),
                PayOnSite = PayOnSite,
                RequiresApproval = RequiresApproval,
                RequiredTrainingId = Guid.TryParse(RequiredTraining, out var training) ? training : null,
            },
            errors
        );
    }

    private static int Whole(string? text, int min, int max, string field, List<(string, string, object[])> errors)
    {
        if (
            int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && value >= min
            && value <= max
        )
        {
            return value;
        }
        errors.Add((field, "Form_NumberInvalid", [min, max]));
        return min;
    }

    /// <summary>An amount in euros as people type it (« 12 », « 12,50 »), empty for free.</summary>
    private static long Price(string? text, string field, List<(string, string, object[])> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }
        if (Money.TryParse(text, out var cents))
        {
            return cents;
        }
        errors.Add((field, "Form_PriceInvalid", []));
        return 0;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
