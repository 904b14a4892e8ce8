using Bocage.Kernel.Text;
using Bocage.Places.Domain.Editing;

namespace Bocage.Places.Domain.Import;

/// <summary>
/// The columns of the places' CSV file, in the order of the example file. Names are French, without accents, as
/// in the national schemas (« code_postal »); a header is matched whatever its case, accents, spaces or dashes.
/// </summary>
internal static class PlaceCsvColumns
{
    public const string Identifier = "identifiant";
    public const string Name = "nom";
    public const string Kind = "type";
    public const string Commune = "commune";
    public const string StepFree = "acces_plain_pied";
    public const string Services = "services";
    public const string Access = "modalites_acces";
    public const string Programmes = "dispositif_programmes_nationaux";

    public static readonly IReadOnlyList<PlaceCsvColumn> All =
    [
        new(Identifier, null, false, ""),
        new(Name, nameof(PlaceForm.Name), true, "Jardin partagé des Verriers", (f, v) => f.Name = v),
        new(Kind, nameof(PlaceForm.Kind), true, "Site naturel"),
        new(Commune, nameof(PlaceForm.Commune), true, "Trélon"),
        new("adresse", nameof(PlaceForm.Street), false, "Rue de la Verrerie", (f, v) => f.Street = v),
        new("code_postal", nameof(PlaceForm.PostalCode), true, "59132", (f, v) => f.PostalCode = v),
        new("latitude", nameof(PlaceForm.Latitude), true, "50.0590", (f, v) => f.Latitude = v),
        new("longitude", nameof(PlaceForm.Longitude), true, "4.1050", (f, v) => f.Longitude = v),
        new("resume", nameof(PlaceForm.SummaryFr), false, "Des parcelles à cultiver ensemble.", (f, v) =>
            f.SummaryFr = v
        ),
        new("description", nameof(PlaceForm.DescriptionFr), false, "", (f, v) => f.DescriptionFr = v),
        new("resume_en", nameof(PlaceForm.SummaryEn), false, "Plots to grow together.", (f, v) => f.SummaryEn = v),
        new("description_en", nameof(PlaceForm.DescriptionEn), false, "", (f, v) => f.DescriptionEn = v),
        new("resume_nl", nameof(PlaceForm.SummaryNl), false, "", (f, v) => f.SummaryNl = v),
        new("description_nl", nameof(PlaceForm.DescriptionNl), false, "", (f, v) => f.DescriptionNl = v),
        new("themes", nameof(PlaceForm.Themes), false, "Jardin, Nature", (f, v) => f.Themes = v),
        new("horaires", nameof(PlaceForm.OpeningHours), false, "Sa 10:00-12:00", (f, v) => f.OpeningHours = v),
        new("telephone", nameof(PlaceForm.Phone), false, "03 27 60 00 00", (f, v) => f.Phone = v),
        new("courriel", nameof(PlaceForm.Email), false, "jardin@example.fr", (f, v) => f.Email = v),
        new("site", nameof(PlaceForm.Website), false, "https://example.fr/jardin", (f, v) => f.Website = v),
        new(StepFree, nameof(PlaceForm.StepFree), false, "oui"),
        new("accessibilite", nameof(PlaceForm.Accessibility), false, "Allées en stabilisé.", (f, v) =>
            f.Accessibility = v
        ),
        new("labels", nameof(PlaceForm.Labels), false, "Jardin remarquable", (f, v) => f.Labels = v),
        // The national mediation schema's own columns and values (MediationLists).
        new(Services, nameof(PlaceForm.MediationServices), false, "", (f, v) =>
            f.MediationServices = MediationLists.Read(v, MediationLists.Services)
        ),
        new(Access, nameof(PlaceForm.MediationAccess), false, "", (f, v) =>
            f.MediationAccess = MediationLists.Read(v, MediationLists.Access)
        ),
        new(Programmes, nameof(PlaceForm.Programmes), false, "", (f, v) =>
            f.Programmes = MediationLists.Read(v, MediationLists.Programmes)
        ),
    ];

    /// <summary>The columns whose values come from a national list, and the list.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Lists = new Dictionary<
        string,
        IReadOnlyList<string>
    >
    {
        [Services] = MediationLists.Services,
        [Access] = MediationLists.Access,
        [Programmes] = MediationLists.Programmes,
    };

    public static IEnumerable<PlaceCsvColumn> Required => All.Where(c => c.Required);

    /// <summary>The column of a form's field, where its problems are told; the field's name if none.</summary>
    public static string OfField(string field) => All.FirstOrDefault(c => c.Field == field)?.Name ?? field;

    /// <summary>
    /// A header as the file's author may have typed it: « Code postal », « Résumé », « accès-plain-pied ».
    /// </summary>
    public static string Key(string header)
    {
        var plain = Accents.Remove(header.Trim().Trim('\uFEFF')).ToLowerInvariant();
        return string.Join('_', plain.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries));
    }
}
