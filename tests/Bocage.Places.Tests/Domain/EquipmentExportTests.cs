using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bocage.Places.Domain;
using Bocage.Places.Domain.Export;
using Bocage.Places.Tests.Http;

namespace Bocage.Places.Tests.Domain;

/// <summary>
/// From a place to a row of the SCDL « Équipements » schema: which kinds are equipment, and how each column is
/// written so that the official constraints hold.
/// </summary>
public sealed class EquipmentExportTests
{
    private static readonly EquipmentPublisher Ccsa = new("Communauté de Communes Sud Avesnois", "24590066600018");

    private static Place NewPlace(string slug, PlaceKind kind, string name, string street = "Place Verte") =>
        Place.Create(
            slug,
            new PlaceDetails(name, kind, "59249", street, "59610", 50.0166, 4.0508),
            new DateTime(2026, 12, 7, 0, 0, 0, DateTimeKind.Utc)
        );

    [Theory]
    [InlineData("Library", "Médiathèque", "Equipement culturel", "08010201", "Bibliothèque")]
    [InlineData("Museum", "Musée du Verre", "Equipement culturel", "08020101", "Musée")]
    [InlineData("PublicService", "Mairie de Fourmies", "Equipement administratif", "01010401", "Mairie")]
    [InlineData("PublicService", "Trésorerie", "Equipement administratif", "01019901", "Service public")]
    [InlineData("Health", "Maison de santé", "Equipement sanitaire", "03020101", "Centre de soins")]
    [InlineData("Mediation", "France Services", "Equipement social et d'animation", "04030201", null)]
    [InlineData("Leisure", "Piscine", "Equipement sportif et de loisirs", "07020101", null)]
    public void A_public_place_is_equipment_of_its_kind(
        string kind,
        string name,
        string theme,
        string code,
        string? term
    )
    {
        var type = EquipmentTypes.Of(NewPlace("lieu", Enum.Parse<PlaceKind>(kind), name).Details);

        Assert.NotNull(type);
        Assert.Equal(theme, type.Theme);
        Assert.Equal(code, type.Code);
        if (term is not null)
        {
            Assert.Equal(term, type.Term);
        }
    }

    [Theory]
    [InlineData("Shop")]
    [InlineData("Company")]
    [InlineData("Producer")]
    [InlineData("Restaurant")]
    [InlineData("Premises")]
    [InlineData("Accommodation")]
    public void A_business_gives_no_row(string kind)
    {
        var business = NewPlace("commerce", Enum.Parse<PlaceKind>(kind), "Boulangerie");

        var rows = EquipmentExport.Records([business], Ccsa, _ => "Fourmies");

        Assert.Empty(rows);
    }

    [Fact]
    public void Equipment_of_one_type_in_one_commune_is_numbered_in_order()
    {
        var rows = EquipmentExport
            .Records(
                [
                    NewPlace("a", PlaceKind.Library, "Médiathèque"),
                    NewPlace("b", PlaceKind.Shop, "Épicerie"),
                    NewPlace("c", PlaceKind.Library, "Bibliothèque de quartier"),
                    NewPlace("d", PlaceKind.Museum, "Musée"),
                ],
                Ccsa,
                _ => "Fourmies"
            )
            .ToList();

        Assert.Equal(
            ["59249-08010201-001", "59249-08010201-002", "59249-08020101-001"],
            rows.Select(r => r["EQUIP_UID"])
        );
        Assert.Equal("08010201-002", rows[1]["EQUIP_CODE"]);
        Assert.Equal("Bibliothèque de quartier", rows[1]["EQUIP_NOM"]);
        Assert.Equal("Communauté de Communes Sud Avesnois", rows[0]["COLL_NOM"]);
        Assert.Equal("24590066600018", rows[0]["COLL_SIRET"]);
    }

    [Theory]
    [InlineData("36 bis rue Ardouin", "36 bis", "rue Ardouin")]
    [InlineData("36/38, avenue de la Gare", "36/38", "avenue de la Gare")]
    [InlineData("12quater Grand'Rue", "12 qua", "Grand'Rue")]
    [InlineData("Place Verte", "99999", "Place Verte")]
    [InlineData("Rue du Sacré-Cœur", "99999", "Rue du Sacré-Coeur")]
    [InlineData("Place de l’Église (parvis)", "99999", "Place de l'Église parvis")]
    public void The_street_is_split_into_number_and_name_in_the_schema_letters(
        string street,
        string number,
        string name
    )
    {
        Assert.Equal((number, name), EquipmentExport.SplitStreet(street));
    }

    [Fact]
    public void Every_column_respects_the_official_constraints()
    {
        var place = Place.Create(
            "musee",
            new PlaceDetails(
                "Musée, « du Textile »",
                PlaceKind.Museum,
                "59249",
                "2 Place Maria-Blondeau",
                "59610",
                50.01571234,
                4.0433
            )
            {
                OpeningHours = "Mo-Fr 09:00-12:00,14:00-18:00",
                Phone = "03 27 60 66 11",
                Email = "musee@demo.sud-avesnois.fr",
                Website = "https://www.ecomusee-avesnois.fr",
            },
            DateTime.UtcNow
        );
        var sparse = NewPlace("eglise", PlaceKind.Heritage, "Église", "Parvis");
        sparse.Describe(
            sparse.Details with
            {
                Phone = "+32 60 21 00 00",
                Email = "accueil",
                Website = "www.x",
            },
            DateTime.UtcNow
        );

        var rows = EquipmentExport.Records([place, sparse], Ccsa, _ => "L'Haÿ-les-Roses").ToList();

        using var schema = JsonDocument.Parse(File.ReadAllText(EquipmentsExportTests.SchemaFile));
        foreach (var row in rows)
        {
            foreach (var field in schema.RootElement.GetProperty("fields").EnumerateArray())
            {
                var name = field.GetProperty("name").GetString()!;
                Assert.True(row.ContainsKey(name), name);
                var value = row[name] is { } v ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;
                if (!field.TryGetProperty("constraints", out var constraints))
                {
                    continue;
                }
                if (constraints.TryGetProperty("required", out var required) && required.GetBoolean())
                {
                    Assert.False(string.IsNullOrEmpty(value), $"{name} is required");
                }
                if (value is null)
                {
                    continue;
                }
                if (constraints.TryGetProperty("pattern", out var pattern))
                {
                    Assert.Matches(new Regex($"^(?:{pattern.GetString()})$"), value);
                }
                if (constraints.TryGetProperty("enum", out var values))
                {
                    Assert.Contains(value, values.EnumerateArray().Select(e => e.GetString()));
                }
                if (constraints.TryGetProperty("maxLength", out var max))
                {
                    Assert.True(value.Length <= max.GetInt32(), $"{name}: {value}");
                }
                if (constraints.TryGetProperty("minLength", out var min))
                {
                    Assert.True(value.Length >= min.GetInt32(), $"{name}: {value}");
                }
            }
        }
        Assert.Equal("2", rows[0]["ADR_NUMERO"]);
        Assert.Equal("+33327606611", rows[0]["EQUIP_TEL"]);
        Assert.Equal(50.015712, rows[0]["EQUIP_LAT"]);
        Assert.Equal("L Haÿ-les-Roses", rows[0]["ADR_COMMUNE"]);
        // What a place holds in another form than the schema's is left empty, not sent to be refused.
        Assert.Null(rows[1]["EQUIP_TEL"]);
        Assert.Null(rows[1]["EQUIP_EMAIL"]);
        Assert.Null(rows[1]["EQUIP_WEB"]);
        Assert.Null(rows[1]["EQUIP_OUVERTURE"]);
    }
}
