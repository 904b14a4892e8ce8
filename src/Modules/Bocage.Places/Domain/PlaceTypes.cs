namespace Bocage.Places.Domain;

/// <summary>
/// The vocabularies each kind speaks: the sections that list it, its Schema.org type (JSON-LD of the page) and its
/// DATAtourisme class (the tourism export). One table, so that a new kind cannot be half declared.
/// </summary>
internal static class PlaceTypes
{
    private static readonly Dictionary<
        PlaceKind,
        (PlaceSection[] Sections, string SchemaOrg, string DataTourisme)
    > Table = new()
    {
        [PlaceKind.Museum] = ([PlaceSection.Tourism], "Museum", "Museum"),
        [PlaceKind.Heritage] = ([PlaceSection.Tourism], "TouristAttraction", "CulturalSite"),
        [PlaceKind.Nature] = ([PlaceSection.Tourism], "TouristAttraction", "NaturalHeritage"),
        [PlaceKind.Leisure] = ([PlaceSection.Tourism], "SportsActivityLocation", "SportsAndLeisurePlace"),
        [PlaceKind.Accommodation] = ([PlaceSection.Tourism], "LodgingBusiness", "Accommodation"),
        [PlaceKind.Restaurant] = ([PlaceSection.Tourism], "Restaurant", "FoodEstablishment"),
        [PlaceKind.Shop] = ([PlaceSection.Business], "Store", "Store"),
        [PlaceKind.Producer] = ([PlaceSection.Tourism, PlaceSection.Business], "LocalBusiness", "TastingProvider"),
        [PlaceKind.Company] = ([PlaceSection.Business], "LocalBusiness", "BusinessPlace"),
        [PlaceKind.BusinessSupport] = ([PlaceSection.Business], "GovernmentOffice", "ServiceProvider"),
        [PlaceKind.Premises] = ([PlaceSection.Business], "Place", "BusinessPlace"),
        [PlaceKind.ThirdPlace] = ([PlaceSection.Business], "CoworkingSpace", "BusinessPlace"),
        [PlaceKind.PublicService] = ([], "GovernmentOffice", "ServiceProvider"),
        [PlaceKind.Mediation] = ([], "GovernmentOffice", "ServiceProvider"),
        [PlaceKind.Health] = ([], "MedicalClinic", "MedicalPlace"),
        [PlaceKind.Library] = ([PlaceSection.Tourism], "Library", "Library"),
    };

    public static IReadOnlyList<PlaceKind> In(PlaceSection section) =>
        section == PlaceSection.All
            ? Enum.GetValues<PlaceKind>()
            : Table.Where(t => t.Value.Sections.Contains(section)).Select(t => t.Key).ToList();

    public static string SchemaOrg(PlaceKind kind) => Table[kind].SchemaOrg;

    public static string DataTourisme(PlaceKind kind) => Table[kind].DataTourisme;
}
