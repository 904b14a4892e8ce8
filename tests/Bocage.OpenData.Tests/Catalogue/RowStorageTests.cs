using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bocage.OpenData.Data;
using Bocage.OpenData.Domain.Catalogue;
using Bocage.OpenData.Domain.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.OpenData.Tests.Catalogue;

/// <summary>
/// A resource large enough to get its per-column indexes (10,050 rows): the API answers filters, sorts
/// and pages as the rows say, the whole export is one file per version, equal byte for byte to the
/// streamed export, and a new version replaces both the file and the indexes.
/// </summary>
public sealed class RowStorageTests
{
    private const int Size = 10_050;
    private static readonly string[] Communes = ["Anor", "Baives", "Trélon"];
    private static readonly SchemaField[] Fields =
    [
        new("id", "integer"),
        new("commune"),
        new("montant", "number"),
        new("note"),
    ];

    private sealed record Row(long Number, string Commune, double? Amount);

    private static readonly List<Row> Expected = Enumerable
        .Range(1, Size)
        .Select(i => new Row(i, Communes[i % 3], i % 7 == 0 ? null : i * 37 % 500 / 4.0))
        .ToList();

    private static string Json(int i)
    {
        var row = new JsonObject
        {
            ["id"] = i,
            ["commune"] = Communes[i % 3],
            ["note"] = i % 100 == 0 ? "a, \"b\"\nc" : $"n{i}",
        };
        if (Expected[i - 1].Amount is { } amount)
        {
            row["montant"] = amount;
        }
        return row.ToJsonString();
    }

    private static async Task<(Guid Resource, Guid Batch)> PublishAsync(
        BocageFactory app,
        Guid? resourceId,
        IEnumerable<TypedRow> rows
    )
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenDataDb>();
        var store = scope.ServiceProvider.GetRequiredService<RowStore>();
        if (resourceId is null)
        {
            var dataset = new Dataset("stockage", "Banc de stockage", DateTime.UtcNow)
            {
                OrganisationSlug = "ccsa-direction-generale",
                OrganisationName = "CCSA",
                Producer = "test",
            };
            var resource = new Resource(dataset.Id, "donnees", "Banc", "CSV");
            dataset.Resources.Add(resource);
            db.Datasets.Add(dataset);
            await db.SaveChangesAsync();
            resourceId = resource.Id;
        }
        var batch = Guid.NewGuid();
        var count = await store.StageAsync(batch, rows, CancellationToken.None);
        await store.SwapAsync(
            resourceId.Value,
            batch,
            count,
            r => r.FieldsJson = TableSchema.Serialize(Fields),
            CancellationToken.None
        );
        return (resourceId.Value, batch);
    }

    private static async Task<List<string>> IndexesAsync(BocageFactory app, Guid batch)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenDataDb>();
        var sql =
            app.Provider == DatabaseProvider.Postgres
                ? $"SELECT indexname AS \"Value\" FROM pg_indexes WHERE indexname LIKE '{RowIndexes.Prefix(batch)}%'"
                : $"SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index' AND name LIKE '{RowIndexes.Prefix(batch)}%'";
        return await db.Database.SqlQueryRaw<string>(sql).ToListAsync();
    }

    private static IEnumerable<Row> Sorted(IEnumerable<Row> rows, bool descending) =>
        (
            descending
                ? rows.OrderBy(r => r.Amount is null).ThenByDescending(r => r.Amount)
                : rows.OrderBy(r => r.Amount is null).ThenBy(r => r.Amount)
        ).ThenBy(r => r.Number);

    private static async Task<(List<long> Ids, JsonElement Root)> PageAsync(HttpClient client, string query)
    {
        using var json = JsonDocument.Parse(
            await client.GetStringAsync("/api/donnees/stockage/donnees/lignes?" + query)
        );
        var root = json.RootElement.Clone();
        return (root.GetProperty("lignes").EnumerateArray().Select(r => r.GetProperty("id").GetInt64()).ToList(), root);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_large_resource_is_indexed_and_answers_filters_sorts_and_pages_as_its_rows_say(
        DatabaseProvider db
    )
    {
        await using var app = new BocageFactory(db);
        var (_, batch) = await PublishAsync(
            app,
            null,
            Enumerable.Range(1, Size).Select(i => new TypedRow(i, Json(i), null))
        );
        var client = app.CreateClient();

        var indexes = await IndexesAsync(app, batch);
        var byAmount = await PageAsync(client, "commune=Baives&tri=-montant&taille=50&page=3");
        var ascending = await PageAsync(client, "tri=montant&taille=100&page=90");
        var range = await PageAsync(
            client,
            "montant__max=10&montant__min=2.5&commune=Tr%C3%A9lon&tri=-montant&taille=1000"
        );
        var broad = await PageAsync(client, "id__min=1&taille=10&page=1000");
        var all = await PageAsync(client, "taille=10");
        var none = await PageAsync(client, "commune=Inconnue&tri=montant");

        Assert.Equal(2 * Fields.Length, indexes.Count);
        Assert.Equal(
            Sorted(Expected.Where(r => r.Commune == "Baives"), true).Skip(100).Take(50).Select(r => r.Number),
            byAmount.Ids
        );
        Assert.Equal(Expected.Count(r => r.Commune == "Baives"), byAmount.Root.GetProperty("total").GetInt64());
        Assert.True(byAmount.Root.GetProperty("totalExact").GetBoolean());
        Assert.Equal(Sorted(Expected, false).Skip(8900).Take(100).Select(r => r.Number), ascending.Ids);
        var inRange = Sorted(Expected.Where(r => r.Commune == "Trélon" && r.Amount is >= 2.5 and <= 10), true)
            .Select(r => r.Number)
            .ToList();
        Assert.NotEmpty(inRange);
        Assert.Equal(inRange, range.Ids);
        Assert.Equal(JsonValueKind.Null, range.Root.GetProperty("suivant").ValueKind);
        Assert.Equal(Enumerable.Range(9991, 10).Select(i => (long)i), broad.Ids);
        Assert.Equal(RowStore.CountCap, broad.Root.GetProperty("total").GetInt64());
        Assert.False(broad.Root.GetProperty("totalExact").GetBoolean());
        Assert.Contains("page=1001", broad.Root.GetProperty("suivant").GetString());
        Assert.Equal(Size, all.Root.GetProperty("total").GetInt64());
        Assert.True(all.Root.GetProperty("totalExact").GetBoolean());
        Assert.Empty(none.Ids);
        Assert.Equal(0, none.Root.GetProperty("total").GetInt64());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_whole_export_is_a_file_equal_to_the_streamed_one_and_a_new_version_replaces_it(
        DatabaseProvider db
    )
    {
        await using var app = new BocageFactory(db);
        var (resource, first) = await PublishAsync(
            app,
            null,
            Enumerable.Range(1, Size).Select(i => new TypedRow(i, Json(i), null))
        );
        var client = app.CreateClient();
        const string csv = "/api/donnees/stockage/donnees/export.csv";

        using var cached = await client.GetAsync(csv);
        var cachedBytes = await cached.Content.ReadAsByteArrayAsync();
        var streamed = await client.GetByteArrayAsync(csv + "?id__min=0");
        var json = await client.GetByteArrayAsync("/api/donnees/stockage/donnees/export.json");
        var jsonStreamed = await client.GetByteArrayAsync("/api/donnees/stockage/donnees/export.json?id__min=0");
        using var conditional = new HttpRequestMessage(HttpMethod.Get, csv);
        conditional.Headers.IfNoneMatch.Add(cached.Headers.ETag!);
        using var notModified = await client.SendAsync(conditional);
        using var ranged = new HttpRequestMessage(HttpMethod.Get, csv);
        ranged.Headers.Range = new RangeHeaderValue(10, 29);
        using var part = await client.SendAsync(ranged);
        var exportFolder = Path.Combine(app.FilesRoot, "exports", resource.ToString("N"));
        var filesBefore = Directory.GetFiles(exportFolder).Select(Path.GetFileName).Order().ToList();

        var (_, second) = await PublishAsync(
            app,
            resource,
            [
                new TypedRow(1, """{"id":1,"commune":"Anor","montant":2}""", null),
                new TypedRow(2, """{"id":2,"commune":"Ohain"}""", null),
            ]
        );
        var replaced = await client.GetStringAsync(csv);
        var filesAfter = Directory.GetFiles(exportFolder).Select(Path.GetFileName).ToList();

        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", cached.Content.Headers.ContentType!.ToString());
        Assert.NotNull(cached.Content.Headers.LastModified);
        Assert.Equal(streamed, cachedBytes);
        Assert.Equal(Size + 1, System.Text.Encoding.UTF8.GetString(cachedBytes).Count(c => c == '\n') - Size / 100);
        Assert.Contains("\n100,Baives,50,\"a, \"\"b\"\"\nc\"\r\n", System.Text.Encoding.UTF8.GetString(cachedBytes));
        Assert.Equal(jsonStreamed, json);
        Assert.Equal(Size, JsonDocument.Parse(json).RootElement.GetArrayLength());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(cachedBytes[10..30], await part.Content.ReadAsByteArrayAsync());
        Assert.Equal([$"{first:N}.csv", $"{first:N}.json"], filesBefore);
        Assert.Equal("id,commune,montant,note\r\n1,Anor,2,\r\n2,Ohain,,\r\n", replaced);
        Assert.Equal([$"{second:N}.csv"], filesAfter);
        Assert.Empty(await IndexesAsync(app, first));
        Assert.Empty(await IndexesAsync(app, second));
    }
}
