using System.Globalization;
using System.Text.Json.Nodes;
using Bocage.OpenData.Data;
using Bocage.OpenData.Domain.Validation;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Seed;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Bocage.OpenData.Domain.Catalogue;
using Bocage.OpenData.Domain.Observatory;
using Bocage.OpenData.Domain.Map;
using Bocage.OpenData.Domain.Broadband;

namespace Bocage.OpenData.Seed;

/// <summary>
/// Demo datasets (Database:SeedDemo only): collective equipment, grants, public wifi hotspots and
/// fibre deployment by commune. Coordinates are approximate town centres (not surveyed); figures are
/// invented for the demo. Also grants <c>data.publish</c> to the agent of Fourmies and to a partner.
/// </summary>
internal static class CatalogueSeed
{
    public const string PartnerEmail = "partenaire@demo.sud-avesnois.fr";

    private static readonly (string Insee, string Name, string Postcode, double Lat, double Lon, int Premises)[] Communes =
    [
        ("59012", "Anor", "59186", 49.989, 4.133, 1700), ("59045", "Baives", "59132", 50.071, 4.196, 110),
        ("59198", "Eppe-Sauvage", "59132", 50.117, 4.178, 190), ("59229", "Féron", "59610", 50.043, 3.998, 300),
        ("59249", "Fourmies", "59610", 50.016, 4.054, 6900), ("59261", "Glageon", "59132", 50.043, 4.075, 870),
        ("59420", "Moustier-en-Fagne", "59132", 50.085, 4.226, 45), ("59445", "Ohain", "59132", 50.037, 4.131, 650),
        ("59601", "Trélon", "59132", 50.059, 4.103, 1450), ("59633", "Wallers-en-Fagne", "59132", 50.065, 4.165, 130),
        ("59659", "Wignehies", "59212", 50.015, 4.008, 1450), ("59661", "Willies", "59740", 50.103, 4.135, 90),
    ];

    private const string Siret = "24590066600011";

    public static async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<OpenDataDb>();
        var store = services.GetRequiredService<RowStore>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await SeedAsync(db, store, now, "equipements-collectifs", "Équipements collectifs publics", "Équipements", "equipements", true, Equipment(), cancellationToken);
        await SeedAsync(db, store, now, "subventions", "Subventions attribuées par la CCSA", "Finances", "subventions", false, Grants(), cancellationToken);
        await SeedAsync(db, store, now, "wifi-public", "Points d'accès wifi public", "Numérique", null, true, Wifi(), cancellationToken);
        await SeedAsync(db, store, now, "deploiement-fibre", "Déploiement de la fibre optique par commune", "Numérique", null, false, Fibre(), cancellationToken);
        await GrantAsync(services, now);
    }

    private static async Task SeedAsync(OpenDataDb db, RowStore store, DateTime now, string slug, string title, string theme, string? schema, bool geographic,
        (IReadOnlyList<SchemaField> Fields, List<(JsonObject Data, string? Geometry)> Rows) content, CancellationToken cancellationToken)
    {
        if (await db.Datasets.AnyAsync(d => d.Slug == slug, cancellationToken))
        {
            return;
        }
        var dataset = new Dataset(slug, title, now)
        {
            Description = $"{title} sur le territoire de la Communauté de Communes Sud Avesnois (données de démonstration).",
            Theme = theme, OrganisationSlug = "ccsa-direction-generale", OrganisationName = "CCSA — Direction générale des services",
            Frequency = "Annuelle", Producer = "seed",
        };
        var resource = new Resource(dataset.Id, "donnees", title, geographic ? "GeoJSON" : "CSV") { UpdatedAt = now };
        dataset.Resources.Add(resource);
        db.Datasets.Add(dataset);
        await db.SaveChangesAsync(cancellationToken);
        var batch = Guid.NewGuid();
        var count = await store.StageAsync(batch, content.Rows.Select((r, i) => new TypedRow(i + 1, r.Data.ToJsonString(), r.Geometry)), cancellationToken);
        await store.SwapAsync(resource.Id, batch, count, r =>
        {
            r.FieldsJson = TableSchema.Serialize(content.Fields);
            r.SchemaName = schema;
            r.HasGeometry = geographic;
        }, cancellationToken);
    }

    private static string Point(double lat, double lon) =>
        string.Create(CultureInfo.InvariantCulture, $"{{\"type\":\"Point\",\"coordinates\":[{lon},{lat}]}}");

    private static (IReadOnlyList<SchemaField>, List<(JsonObject, string?)>) Equipment()
    {
        var fields = ScdlSchemas.Find("equipements")!.Fields;
        var kinds = new[] { ("Equipement administratif", "01010401", "Mairie"), ("Equipement sportif et de loisirs", "07010101", "Salle de sport"), ("Equipement culturel", "08010201", "Bibliothèque") };
        var rows = new List<(JsonObject, string?)>();
        foreach (var c in Communes)
        {
            for (var k = 0; k < (c.Premises > 1000 ? 3 : 1); k++)
            {
                var (theme, code, type) = kinds[k];
                var (lat, lon) = (c.Lat + k * 0.002, c.Lon + k * 0.003);
                rows.Add((new JsonObject
                {
                    ["COLL_NOM"] = "Communauté de Communes Sud Avesnois", ["COLL_SIRET"] = Siret, ["EQUIP_UID"] = $"{c.Insee}-{code}-001",
                    ["EQUIP_THEME"] = theme, ["EQUIP_CODE"] = $"{code}-001", ["EQUIP_TYPE"] = type, ["EQUIP_NOM"] = $"{type} de {c.Name}",
                    ["ADR_NUMERO"] = "1", ["ADR_NOMVOIE"] = "Place de la Mairie", ["ADR_CODEPOSTAL"] = c.Postcode, ["ADR_COMMUNE"] = c.Name,
                    ["EQUIP_LAT"] = lat, ["EQUIP_LONG"] = lon,
                }, Point(lat, lon)));
            }
        }
        return (fields, rows);
    }

    private static (IReadOnlyList<SchemaField>, List<(JsonObject, string?)>) Grants()
    {
        var fields = ScdlSchemas.Find("subventions")!.Fields;
        var beneficiaries = new[] { ("Association sportive de Fourmies", "Fonctionnement du club", 4500.0), ("Écomusée de l'Avesnois", "Exposition temporaire", 12000.0),
            ("Comité des fêtes de Trélon", "Fête de la Saint-Jean", 1500.0), ("Mission locale Sud Avesnois", "Accompagnement des jeunes", 18000.0),
            ("Restos du cœur d'Anor", "Aide alimentaire", 2500.0), ("Harmonie de Wignehies", "Achat d'instruments", 3200.0) };
        var rows = new List<(JsonObject, string?)>();
        for (var year = 2023; year <= 2025; year++)
        {
            foreach (var (i, (name, purpose, amount)) in beneficiaries.Index())
            {
                rows.Add((new JsonObject
                {
                    ["nomAttribuant"] = "Communauté de Communes Sud Avesnois", ["idAttribuant"] = Siret, ["dateConvention"] = $"{year}-03-{10 + i:00}",
                    ["referenceDecision"] = $"DEL-{year}-{i + 12:000}", ["nomBeneficiaire"] = name, ["idBeneficiaire"] = $"7845612300{i + 10:00}{year % 100:00}",
                    ["objet"] = purpose, ["montant"] = amount + (year - 2023) * 250, ["nature"] = "aide en numéraire", ["conditionsVersement"] = "unique",
                    ["datesPeriodeVersement"] = $"{year}-04-01", ["notificationUE"] = false, ["pourcentageSubvention"] = 1.0,
                }, null));
            }
        }
        return (fields, rows);
    }

    private static (IReadOnlyList<SchemaField>, List<(JsonObject, string?)>) Wifi()
    {
        IReadOnlyList<SchemaField> fields =
        [
            new("nom", "string", "Nom du point d'accès"), new("commune", "string", "Commune"), new("insee", "string", "Code INSEE"),
            new("lieu", "string", "Lieu"), new("mise_en_service", "date", "Mise en service"), new("latitude", "number", "Latitude"), new("longitude", "number", "Longitude"),
        ];
        var rows = Communes.Select((c, i) => (new JsonObject
        {
            ["nom"] = $"WiFi public {c.Name}", ["commune"] = c.Name, ["insee"] = c.Insee, ["lieu"] = i % 2 == 0 ? "Mairie" : "Médiathèque",
            ["mise_en_service"] = $"{2021 + i % 4}-0{1 + i % 9}-15", ["latitude"] = c.Lat, ["longitude"] = c.Lon,
        }, (string?)Point(c.Lat, c.Lon))).ToList();
        return (fields, rows);
    }

    private static (IReadOnlyList<SchemaField>, List<(JsonObject, string?)>) Fibre()
    {
        IReadOnlyList<SchemaField> fields =
        [
            new("insee", "string", "Code INSEE"), new("commune", "string", "Commune"), new("annee", "year", "Année"),
            new("locaux", "integer", "Locaux"), new("locaux_raccordables", "integer", "Locaux raccordables à la fibre"),
        ];
        var rows = new List<(JsonObject, string?)>();
        foreach (var (i, c) in Communes.Index())
        {
            for (var year = 2020; year <= 2025; year++)
            {
                var share = Math.Min(1.0, 0.15 + (year - 2020) * (0.14 + i % 3 * 0.02));
                rows.Add((new JsonObject
                {
                    ["insee"] = c.Insee, ["commune"] = c.Name, ["annee"] = year, ["locaux"] = c.Premises, ["locaux_raccordables"] = (int)(c.Premises * share),
                }, null));
            }
        }
        return (fields, rows);
    }

    private static async Task GrantAsync(IServiceProvider services, DateTime now)
    {
        var users = services.GetRequiredService<UserManager<Account>>();
        var accounts = services.GetRequiredService<AccountsDb>();
        if (await users.FindByEmailAsync(PartnerEmail) is null)
        {
            var partner = new Account
            {
                UserName = PartnerEmail, Email = PartnerEmail, EmailConfirmed = true, GivenName = "Lou", FamilyName = "Marchal",
                Kind = AccountKind.Partner, CreatedAt = now,
            };
            await users.CreateAsync(partner, "Bocage-demo-2026");
        }
        foreach (var (email, organisation) in new[] { ("agent.fourmies@demo.sud-avesnois.fr", "mairie-fourmies"), (PartnerEmail, "pole-sante-sud-avesnois") })
        {
            await DemoGrants.EnsureAsync(accounts, email, OpenDataModule.PublishPermission, GrantScope.Organisation(organisation), now);
        }
    }
}
