using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Bocage.Kernel.Mail;
using Bocage.Kernel.Territory;
using Bocage.OpenData.Contracts;
using Bocage.Places.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Bocage.Places.Domain.Export;

/// <summary>
/// The directory, its collective equipment (in the SCDL « Équipements » schema) and the circuits as open datasets
/// (catalogue, DCAT-AP, CSV, GeoJSON) and, having a geometry, as layers of the territory map (<c>/carte</c>) —
/// through the open-data engine's contract, refreshed by it.
/// </summary>
internal static class PlacesDatasets
{
    public static readonly DatasetDefinition Places = new(
        "Places",
        "lieux",
        "Annuaire des lieux du Sud Avesnois",
        PlaceRows
    )
    {
        Description =
            "Les lieux de l'annuaire du territoire : sites touristiques et culturels, services publics, lieux de médiation numérique, santé, entreprises, commerces et producteurs, tiers-lieux et locaux disponibles, avec leur adresse, leurs coordonnées et leurs horaires (syntaxe OpenStreetMap).",
        Theme = "Territoire",
        Frequency = "Quotidienne",
        GeometryField = "geometrie",
        Fields =
        [
            new("id", "string", "Identifiant"),
            new("nom", "string", "Nom"),
            new("type", "string", "Type de lieu"),
            new("insee", "string", "Code INSEE de la commune"),
            new("adresse", "string", "Adresse"),
            new("code_postal", "string", "Code postal"),
            new("latitude", "number", "Latitude (WGS 84)"),
            new("longitude", "number", "Longitude (WGS 84)"),
            new("horaires", "string", "Horaires (syntaxe opening_hours d'OpenStreetMap)"),
            new("plain_pied", "boolean", "Accès de plain-pied"),
            new("telephone", "string", "Téléphone"),
            new("site_web", "string", "Site web"),
            new("geometrie", "string", "Géométrie (GeoJSON)"),
        ],
    };

    public static readonly DatasetDefinition Circuits = new(
        "Places",
        "circuits",
        "Circuits de randonnée, vélo et patrimoine du Sud Avesnois",
        CircuitRows
    )
    {
        Description =
            "Les circuits du territoire avec leur pratique, leur distance et leur dénivelé calculés sur la trace, leur durée et leur difficulté ; la trace complète est téléchargeable en GPX et KML depuis la page de chaque circuit.",
        Theme = "Tourisme",
        Frequency = "Ponctuelle",
        GeometryField = "geometrie",
        Fields =
        [
            new("id", "string", "Identifiant"),
            new("nom", "string", "Nom"),
            new("pratique", "string", "Pratique"),
            new("insee", "string", "Code INSEE de la commune de départ"),
            new("distance_km", "number", "Distance (km)"),
            new("denivele_positif_m", "integer", "Dénivelé positif (m)"),
            new("duree_minutes", "integer", "Durée (minutes)"),
            new("difficulte", "integer", "Difficulté (1 facile, 2 moyen, 3 difficile)"),
            new("geometrie", "string", "Géométrie (GeoJSON)"),
        ],
    };

    public static readonly DatasetDefinition Equipments = new(
        "Places",
        "equipements-collectifs",
        "Équipements collectifs du Sud Avesnois",
        EquipmentRows
    )
    {
        Description =
            "Les équipements collectifs publics de l'annuaire du territoire : services publics, médiathèques, musées, lieux de médiation numérique, santé, tiers-lieux, sport, loisirs et patrimoine ouverts au public, avec leur adresse, leurs coordonnées et leurs horaires, au format national SCDL « Équipements » 0.1.5.",
        Theme = "Équipements",
        Frequency = "Quotidienne",
        SchemaName = "equipements",
        GeometryField = EquipmentExport.Geometry,
    };

    private static async IAsyncEnumerable<IReadOnlyDictionary<string, object?>> EquipmentRows(
        IServiceProvider services,
        [EnumeratorCancellation] CancellationToken cancellationToken
    )
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlacesDb>();
        var names = await scope.ServiceProvider.GetRequiredService<TerritoryNames>().GetAsync(cancellationToken);
        var siret = scope.ServiceProvider.GetRequiredService<IConfiguration>()[EquipmentExport.SiretSetting];
        var publisher = new EquipmentPublisher(
            names.Intercommunality,
            string.IsNullOrWhiteSpace(siret) ? EquipmentExport.DemoSiret : siret.Trim()
        );
        var places = await db.Places.AsNoTracking().OrderBy(p => p.Slug).ToListAsync(cancellationToken);
        foreach (var row in EquipmentExport.Records(places, publisher, names.Commune))
        {
            yield return row;
        }
    }

    private static async IAsyncEnumerable<IReadOnlyDictionary<string, object?>> PlaceRows(
        IServiceProvider services,
        [EnumeratorCancellation] CancellationToken cancellationToken
    )
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlacesDb>();
        var text = scope.ServiceProvider.GetRequiredService<IStringLocalizer<PlacesResource>>();
        // An open dataset speaks French, whoever triggers its refresh.
        var kinds = MailCulture.Render("fr", () =>
            Enum.GetValues<PlaceKind>().ToDictionary(k => k, k => text[$"Kind_{k}"].Value)
        );
        var places = await db.Places.AsNoTracking().OrderBy(p => p.Slug).ToListAsync(cancellationToken);
        foreach (var place in places)
        {
            var d = place.Details;
            yield return new Dictionary<string, object?>
            {
                ["id"] = place.Slug,
                ["nom"] = d.Name,
                ["type"] = kinds[d.Kind],
                ["insee"] = d.CommuneInsee,
                ["adresse"] = d.Street,
                ["code_postal"] = d.PostalCode,
                ["latitude"] = d.Latitude,
                ["longitude"] = d.Longitude,
                ["horaires"] = d.OpeningHours,
                ["plain_pied"] = d.StepFree,
                ["telephone"] = d.Phone,
                ["site_web"] = d.Website,
                ["geometrie"] = new JsonObject
                {
                    ["type"] = "Point",
                    ["coordinates"] = new JsonArray(d.Longitude, d.Latitude),
                }.ToJsonString(),
            };
        }
    }

    private static async IAsyncEnumerable<IReadOnlyDictionary<string, object?>> CircuitRows(
        IServiceProvider services,
        [EnumeratorCancellation] CancellationToken cancellationToken
    )
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlacesDb>();
        var text = scope.ServiceProvider.GetRequiredService<IStringLocalizer<PlacesResource>>();
        var practices = MailCulture.Render("fr", () =>
            Enum.GetValues<Circuits.Practice>().ToDictionary(p => p, p => text[$"Practice_{p}"].Value)
        );
        var circuits = await db.Circuits.AsNoTracking().OrderBy(c => c.Slug).ToListAsync(cancellationToken);
        foreach (var c in circuits)
        {
            // The map needs the line, not every GPS fix: 500 points keep the shape at the territory's scale.
            var step = Math.Max(1, c.Points.Count / 500);
            var line = new JsonArray(
                c.Points.Where((_, i) => i % step == 0 || i == c.Points.Count - 1)
                    .Select(p => (JsonNode)new JsonArray(Math.Round(p.Longitude, 6), Math.Round(p.Latitude, 6)))
                    .ToArray()
            );
            yield return new Dictionary<string, object?>
            {
                ["id"] = c.Slug,
                ["nom"] = c.Name,
                ["pratique"] = practices[c.Practice],
                ["insee"] = c.StartCommuneInsee,
                ["distance_km"] = Math.Round(c.LengthMetres / 1000.0, 1),
                ["denivele_positif_m"] = c.ClimbMetres,
                ["duree_minutes"] = c.DurationMinutes,
                ["difficulte"] = c.Difficulty,
                ["geometrie"] = new JsonObject { ["type"] = "LineString", ["coordinates"] = line }.ToJsonString(),
            };
        }
    }
}
