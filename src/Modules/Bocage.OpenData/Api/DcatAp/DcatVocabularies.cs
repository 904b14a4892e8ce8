using Bocage.OpenData.Domain.Catalogue;

namespace Bocage.OpenData.Api.DcatAp;

/// <summary>
/// Our words as the controlled vocabularies DCAT-AP 3 asks for: the EU Publications Office's authority tables
/// (file types, data themes, frequencies, languages), IANA media types, licences by their published address.
/// </summary>
internal static class DcatVocabularies
{
    private const string Authority = "http://publications.europa.eu/resource/authority/";

    public const string DataThemes = Authority + "data-theme";
    public const string French = Authority + "language/FRA";
    public const string LocalAuthority = "http://purl.org/adms/publishertype/LocalAuthority";
    public const string LicenceOuverte = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";
    public const string Odbl = "https://opendatacommons.org/licenses/odbl/1-0/";

    private static readonly Dictionary<string, string> Themes = new()
    {
        ["Territoire"] = "REGI",
        ["Économie"] = "ECON",
        ["Équipements"] = "GOVE",
        ["Numérique"] = "TECH",
        ["Finances"] = "ECON",
        ["Environnement"] = "ENVI",
        ["Mobilité"] = "TRAN",
        ["Social"] = "SOCI",
        ["Culture et loisirs"] = "EDUC",
    };

    /// <summary>The French labels of the EU data themes (the authority table's own).</summary>
    private static readonly Dictionary<string, string> ThemeLabels = new()
    {
        ["REGI"] = "Régions et villes",
        ["ECON"] = "Économie et finances",
        ["GOVE"] = "Gouvernement et secteur public",
        ["TECH"] = "Science et technologie",
        ["ENVI"] = "Environnement",
        ["TRAN"] = "Transports",
        ["SOCI"] = "Population et société",
        ["EDUC"] = "Éducation, culture et sport",
    };

    private static readonly Dictionary<string, string> Frequencies = new()
    {
        ["Ponctuelle"] = "NEVER",
        ["Annuelle"] = "ANNUAL",
        ["Trimestrielle"] = "QUARTERLY",
        ["Mensuelle"] = "MONTHLY",
        ["Hebdomadaire"] = "WEEKLY",
        ["Quotidienne"] = "DAILY",
        ["Irrégulière"] = "IRREG",
        ["Continuelle"] = "CONT",
    };

    private static readonly Dictionary<string, string> FileTypes = new()
    {
        ["csv"] = "CSV",
        ["json"] = "JSON",
        ["geojson"] = "GEOJSON",
        ["xlsx"] = "XLSX",
    };

    /// <summary>The EU data theme of one of ours, and its label.</summary>
    public static (string Iri, string Label)? Theme(string theme) =>
        Themes.TryGetValue(theme, out var code) ? ($"{DataThemes}/{code}", ThemeLabels[code]) : null;

    public static string? Frequency(string frequency) =>
        Frequencies.TryGetValue(frequency, out var code) ? $"{Authority}frequency/{code}" : null;

    public static string FileType(string format) => $"{Authority}file-type/{FileTypes[format]}";

    public static string MediaType(string format) =>
        "https://www.iana.org/assignments/media-types/" + ExportFormats.MediaType(format);

    /// <summary>The licence's own address: the two the producers choose from, or an address typed in.</summary>
    public static string? Licence(string licence) =>
        licence switch
        {
            Dataset.DefaultLicence => LicenceOuverte,
            _ when licence.Contains("ODbL", StringComparison.Ordinal) => Odbl,
            _ when Uri.TryCreate(licence, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" => licence,
            _ => null,
        };
}
