using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Bocage.OpenData.Domain.Validation;

namespace Bocage.OpenData.Tests.Scdl;

/// <summary>
/// The SCDL schemas are OpenDataFrance's files kept byte for byte (their SHA-256 as published in the
/// schema.data.gouv.fr repository, listed in tests/standards/README.md), and every key they use is one the
/// reader applies: a new version that adds a constraint or a check we ignore fails here before it ships.
/// </summary>
public sealed class OfficialSchemasTests
{
    private static readonly HashSet<string> FieldKeys =
    [
        "name",
        "title",
        "description",
        "type",
        "format",
        "constraints",
        "example",
        "examples",
        "trueValues",
        "falseValues",
    ];

    private static readonly HashSet<string> ConstraintKeys =
    [
        "required",
        "pattern",
        "enum",
        "minimum",
        "maximum",
        "minLength",
        "maxLength",
    ];

    private static readonly HashSet<string> Types = ["string", "number", "integer", "boolean", "date", "year"];

    public static TheoryData<string, string, string> Official =>
        new()
        {
            { "subventions", "2.1.1", "2c2c2ca25ef6a3295f3e54be321453f1f720f2497d89abaad62b9ab04a6549d7" },
            { "budget", "0.8.3", "0a38bf7b39eca531dcb13697f3793d21285037c830c00dc028345cadaa5a5316" },
            { "equipements", "0.1.5", "cc4eef3f9eac0a579c659b553333c04b1ebb1bb58de923aea96ecbe57fa719cc" },
            { "catalogue", "0.1.3", "9715366dbe6f41dbf9c4bea100b6ce0d21b46b302f95b99a2ecf4c62bbfc4ec3" },
            { "deliberations", "2.1.5", "6c55e62776895fbe352cc3750733200f98b3e7f763b0acdcc79b888c4bb3abb6" },
        };

    internal static string FileOf(string name) =>
        Path.Combine(
            RepositoryFolders.Root,
            "src",
            "Modules",
            "Bocage.OpenData",
            "Domain",
            "Validation",
            "Schemas",
            $"{name}.json"
        );

    [Theory, MemberData(nameof(Official))]
    public void Each_schema_is_the_official_file_of_its_version(string name, string version, string sha256)
    {
        var bytes = File.ReadAllBytes(FileOf(name));
        var schema = ScdlSchemas.Find(name)!;

        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(version, schema.Version);
        Assert.Equal($"https://gitlab.com/opendatafrance/scdl/{name}/raw/v{version}/schema.json", schema.Path);
        Assert.Equal($"https://schema.data.gouv.fr/scdl/{name}/{version}/", schema.Page);
    }

    [Fact]
    public void Only_the_official_SCDL_schemas_are_offered()
    {
        Assert.Equal(Official.Select(row => (string)row[0]).Order(), ScdlSchemas.All.Select(s => s.Name).Order());
    }

    [Theory, MemberData(nameof(Official))]
    public void Every_key_the_schema_uses_is_one_the_reader_applies(string name, string version, string sha256)
    {
        _ = (version, sha256);
        var json = JsonNode.Parse(File.ReadAllText(FileOf(name)))!.AsObject();
        var fields = json["fields"]!.AsArray().Select(f => f!.AsObject()).ToList();

        Assert.All(fields, f => Assert.Subset(FieldKeys, f.Select(p => p.Key).ToHashSet()));
        Assert.All(fields, f => Assert.Contains(f["type"]!.GetValue<string>(), Types));
        Assert.All(fields.Where(f => f["format"] is not null), f =>
            Assert.Contains(f["format"]!.GetValue<string>(), new[] { "email", "uri", "default" })
        );
        Assert.All(fields.Where(f => f["constraints"] is not null), f =>
            Assert.Subset(ConstraintKeys, f["constraints"]!.AsObject().Select(p => p.Key).ToHashSet())
        );
        Assert.All(json["custom_checks"]?.AsArray() ?? [], c =>
            Assert.Contains(c!["name"]!.GetValue<string>(), ColumnChecks.Known)
        );
        if (json["missingValues"] is JsonArray missing)
        {
            Assert.Equal([""], missing.Select(m => m!.GetValue<string>()));
        }
    }

    [Fact]
    public void The_schema_keeps_the_fields_words_and_checks_of_the_official_file()
    {
        var grants = ScdlSchemas.Find("subventions")!;

        var notification = Assert.Single(grants.Fields, f => f.Name == "notificationUE");
        Assert.Equal(["oui"], notification.TrueValues);
        Assert.Equal("non", notification.BooleanText(false));
        Assert.Contains(grants.Fields, f => f.Name == "rnaBeneficiaire" && f.Constraints.Pattern == "^W\\d{9}$");
        Assert.Contains(grants.CustomChecks, c => c.Name == "one-of-required");
        Assert.Contains(ScdlSchemas.Find("equipements")!.Fields, f => f.Name == "EQUIP_EMAIL" && f.Format == "email");
        Assert.Contains(ScdlSchemas.Find("budget")!.Fields, f =>
            f.Name == "BGT_NATURE" && f.Constraints.MinLength == 1
        );
    }
}
