namespace Bocage.Places.Domain.Export;

/// <summary>A kind of place in the SCDL « Équipements » words: theme (the schema's list), code and term.</summary>
/// <param name="Theme">One of the schema's <c>EQUIP_THEME</c> values.</param>
/// <param name="Code">Eight digits of the CRIGE PACA nomenclature (levels 3 or 4), as <c>EQUIP_CODE</c> starts.</param>
/// <param name="Term">The nomenclature's term for that code (<c>EQUIP_TYPE</c>), without commas.</param>
internal sealed record EquipmentType(string Theme, string Code, string Term);

/// <summary>
/// Which places are collective public equipment in the schema's sense (« un équipement proposant un service au
/// public ») and what each is. Shops, companies, producers, restaurants, premises and lodging sell to customers
/// rather than serve the public: they have no type, so no row. One table, so a new kind is decided here.
/// </summary>
internal static class EquipmentTypes
{
    public static readonly EquipmentType TownHall = new("Equipement administratif", "01010401", "Mairie");

    private static readonly Dictionary<PlaceKind, EquipmentType> Table = new()
    {
        [PlaceKind.PublicService] = new("Equipement administratif", "01019901", "Service public"),
        [PlaceKind.BusinessSupport] = new("Equipement administratif", "01030101", "Service d'appui aux entreprises"),
        [PlaceKind.Health] = new("Equipement sanitaire", "03020101", "Centre de soins"),
        [PlaceKind.Mediation] = new("Equipement social et d'animation", "04030201", "Espace public numérique"),
        [PlaceKind.ThirdPlace] = new("Equipement social et d'animation", "04030301", "Tiers-lieu"),
        [PlaceKind.Leisure] = new("Equipement sportif et de loisirs", "07020101", "Equipement de loisirs"),
        [PlaceKind.Nature] = new("Equipement sportif et de loisirs", "07030101", "Espace naturel de loisirs"),
        [PlaceKind.Library] = new("Equipement culturel", "08010201", "Bibliothèque"),
        [PlaceKind.Museum] = new("Equipement culturel", "08020101", "Musée"),
        [PlaceKind.Heritage] = new("Equipement culturel", "08030101", "Site patrimonial"),
    };

    /// <summary>The place's type, or null when it is not collective equipment.</summary>
    public static EquipmentType? Of(PlaceDetails details)
    {
        // The nomenclature names the town hall itself; the directory files it among the public services.
        if (
            details.Kind == PlaceKind.PublicService
            && (
                details.Name.StartsWith("Mairie", StringComparison.OrdinalIgnoreCase)
                || details.Name.StartsWith("Hôtel de ville", StringComparison.OrdinalIgnoreCase)
            )
        )
        {
            return TownHall;
        }
        return Table.GetValueOrDefault(details.Kind);
    }
}
