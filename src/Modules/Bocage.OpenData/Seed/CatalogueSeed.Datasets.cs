using System.Globalization;
using System.Text.Json.Nodes;
using Bocage.OpenData.Domain.Validation;

namespace Bocage.OpenData.Seed;

/// <summary>The demo datasets' schemas and rows: grants, public Wi-Fi and fibre.</summary>
internal static partial class CatalogueSeed
{
    private static string Point(double lat, double lon) =>
        string.Create(CultureInfo.InvariantCulture, $"{{\"type\":\"Point\",\"coordinates\":[{lon},{lat}]}}");

    private static (IReadOnlyList<SchemaField>, List<(JsonObject, string?)>) Grants()
    {
        var fields = ScdlSchemas.Find("subventions")!.Fields;
        var beneficiaries = new[]
        {
            ("Association sportive de Fourmies", "Fonctionnement du club", 4500.0),
            ("Écomusée de l'Avesnois", "Exposition temporaire", 12000.0),
            ("Comité des fêtes de Trélon", "Fête de la Saint-Jean", 1500.0),
            ("Mission locale Sud Avesnois", "Accompagnement des jeunes", 18000.0),
            ("Restos du cœur d'Anor", "Aide alimentaire", 2500.0),
            ("Harmonie de Wignehies", "Achat d'instruments", 3200.0),
        };
        var rows = new List<(JsonObject, string?)>();
        for (var year = 2023; year <= 2025; year++)
        {
            foreach (var (i, (name, purpose, amount)) in beneficiaries.Index())
            {
                rows.Add(
                    (
                        new JsonObject
                        {
                            ["nomAttribuant"] = "Communauté de Communes Sud Avesnois",
                            ["idAttribuant"] = Siret,
                            ["dateConvention"] = $"{year}-03-{10 + i:00}",
                            ["referenceDecision"] = $"DEL-{year}-{i + 12:000}",
                            ["nomBeneficiaire"] = name,
                            ["idBeneficiaire"] = FrenchSiret.Complete($"784561230{i + 10:00}{year % 100:00}"),
                            ["objet"] = purpose,
                            ["montant"] = amount + (year - 2023) * 250,
                            ["nature"] = "aide en numéraire",
                            ["conditionsVersement"] = "unique",
                            ["datesPeriodeVersement"] = $"{year}-04-01",
                            ["notificationUE"] = false,
                            ["pourcentageSubvention"] = 1.0,
                        },
                        null
                    )
                );
            }
        }
        return (fields, rows);
    }

    private static (IReadOnlyList<SchemaField>, List<(JsonObject, string?)>) Wifi()
    {
        IReadOnlyList<SchemaField> fields =
        [
            new("nom", "string", "Nom du point d'accès"),
            new("commune", "string", "Commune"),
            new("insee", "string", "Code INSEE"),
            new("lieu", "string", "Lieu"),
            new("mise_en_service", "date", "Mise en service"),
            new("latitude", "number", "Latitude"),
            new("longitude", "number", "Longitude"),
        ];
        var rows = Communes
            .Select(
                (c, i) =>
                    (
                        new JsonObject
                        {
                            ["nom"] = $"WiFi public {c.Name}",
                            ["commune"] = c.Name,
                            ["insee"] = c.Insee,
                            ["lieu"] = i % 2 == 0 ? "Mairie" : "Médiathèque",
                            ["mise_en_service"] = $"{2021 + i % 4}-0{1 + i % 9}-15",
                            ["latitude"] = c.Lat,
                            ["longitude"] = c.Lon,
                        },
                        (string?)Point(c.Lat, c.Lon)
                    )
            )
            .ToList();
        return (fields, rows);
    }

    private static (IReadOnlyList<SchemaField>, List<(JsonObject, string?)>) Fibre()
    {
        IReadOnlyList<SchemaField> fields =
        [
            new("insee", "string", "Code INSEE"),
            new("commune", "string", "Commune"),
            new("annee", "year", "Année"),
            new("locaux", "integer", "Locaux"),
            new("locaux_raccordables", "integer", "Locaux raccordables à la fibre"),
        ];
        var rows = new List<(JsonObject, string?)>();
        foreach (var (i, c) in Communes.Index())
        {
            for (var year = 2020; year <= 2025; year++)
            {
                var share = Math.Min(1.0, 0.15 + (year - 2020) * (0.14 + i % 3 * 0.02));
                rows.Add(
                    (
                        new JsonObject
                        {
                            ["insee"] = c.Insee,
                            ["commune"] = c.Name,
                            ["annee"] = year,
                            ["locaux"] = c.Premises,
                            ["locaux_raccordables"] = (int)(c.Premises * share),
                        },
                        null
                    )
                );
            }
        }
        return (fields, rows);
    }
}
