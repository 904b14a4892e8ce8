namespace Bocage.Places.Domain;

/// <summary>
/// What a place is, in the directory's words. Each kind maps to a DATAtourisme class and a Schema.org type
/// (<see cref="PlaceTypes"/>), so that the exports speak the national and the search engines' vocabularies.
/// </summary>
internal enum PlaceKind
{
    Museum,
    Heritage,
    Nature,
    Leisure,
    Accommodation,
    Restaurant,
    Shop,
    Producer,
    Company,
    BusinessSupport,
    Premises,
    ThirdPlace,
    PublicService,
    Mediation,
    Health,
    Library,
}

/// <summary>The directory's two entry points with a home of their own: tourism and business.</summary>
internal enum PlaceSection
{
    All,
    Tourism,
    Business,
}
