using System.Globalization;
using System.Text;
using Bocage.Kernel.Files;

namespace Bocage.Places.Domain.Export;

/// <summary>
/// The mediation places in the national « schéma des lieux de médiation numérique » 1.0.1 (La MedNum / ANCT,
/// schema.data.gouv.fr): its 32 columns in its order, lists joined with <c>|</c>, the phone as +33… — the file the
/// national map (cartographie.societenumerique.gouv.fr) and data.inclusion harvest. Checked against the official
/// Table Schema by frictionless' tableschema in the tests.
/// </summary>
internal static class MediationExport
{
    public static readonly string[] Columns =
    [
        "id",
        "pivot",
        "nom",
        "commune",
        "code_postal",
        "code_insee",
        "adresse",
        "complement_adresse",
        "latitude",
        "longitude",
        "typologie",
        "telephone",
        "courriels",
        "site_web",
        "horaires",
        "presentation_resume",
        "presentation_detail",
        "source",
        "itinerance",
        "structure_parente",
        "date_maj",
        "services",
        "publics_specifiquement_adresses",
        "prise_en_charge_specifique",
        "frais_a_charge",
        "dispositif_programmes_nationaux",
        "formations_labels",
        "autres_formations_labels",
        "modalites_acces",
        "modalites_accompagnement",
        "fiche_acces_libre",
        "prise_rdv",
    ];

    /// <summary>Whether the place belongs in the file: it offers at least one mediation service.</summary>
    public static bool Includes(Place place) => place.Details.MediationServices.Length > 0;

    /// <summary>One record, keyed by column; empty values are empty strings (left out of the JSON form).</summary>
    public static IReadOnlyDictionary<string, object?> Record(Place place, string communeName, string bookingUrl)
    {
        var d = place.Details;
        return new Dictionary<string, object?>
        {
            ["id"] = place.Slug,
            ["pivot"] = d.Siret,
            ["nom"] = d.Name,
            ["commune"] = communeName,
            ["code_postal"] = d.PostalCode,
            ["code_insee"] = d.CommuneInsee,
            ["adresse"] = d.Street,
            ["complement_adresse"] = "",
            ["latitude"] = Math.Round(d.Latitude, 6),
            ["longitude"] = Math.Round(d.Longitude, 6),
            ["typologie"] = Typology(place),
            ["telephone"] = InternationalPhone(d.Phone),
            ["courriels"] = d.Email,
            ["site_web"] = d.Website,
            ["horaires"] = d.OpeningHours,
            ["presentation_resume"] = d.Summary.Fr,
            ["presentation_detail"] = d.Description.Fr,
            ["source"] = "Bocage — Communauté de Communes Sud Avesnois",
            ["itinerance"] = "Fixe",
            ["structure_parente"] = "",
            ["date_maj"] = place.UpdatedAtUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["services"] = d.MediationServices,
            ["publics_specifiquement_adresses"] = "",
            ["prise_en_charge_specifique"] = "",
            ["frais_a_charge"] = "Gratuit",
            ["dispositif_programmes_nationaux"] = d.Programmes,
            ["formations_labels"] = "",
            ["autres_formations_labels"] = "",
            ["modalites_acces"] = d.MediationAccess,
            ["modalites_accompagnement"] = "Accompagnement individuel",
            ["fiche_acces_libre"] = "",
            ["prise_rdv"] = d.Bookables.Length > 0 ? bookingUrl : "",
        };
    }

    public static string Csv(IEnumerable<IReadOnlyDictionary<string, object?>> records)
    {
        var csv = new StringBuilder(CsvCells.Line(Columns, ','));
        foreach (var record in records)
        {
            csv.Append(CsvCells.Line(Columns.Select(c => Text(record[c])), ','));
        }
        return csv.ToString();
    }

    private static string Text(object? value) =>
        value switch
        {
            double number => number.ToString("0.######", CultureInfo.InvariantCulture),
            null => "",
            _ => value.ToString() ?? "",
        };

    // data.inclusion's structure types: BIB for libraries, FS for France Services, TIERS_LIEUX, else the commune.
    private static string Typology(Place place) =>
        place.Details.Kind switch
        {
            PlaceKind.Library => "BIB",
            PlaceKind.ThirdPlace => "TIERS_LIEUX",
            _ when place.Details.Programmes.Contains("France Services", StringComparison.Ordinal) => "FS",
            _ => "MUNI",
        };

    /// <summary>« 03 27 60 42 42 » as « +33327604242 », the schema's only form; empty when not French.</summary>
    public static string InternationalPhone(string phone)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 10 && digits[0] == '0' ? "+33" + digits[1..] : "";
    }
}
