using System.Text;
using System.Text.Json;
using Bocage.OpenData.Api;
using Bocage.OpenData.Domain.Catalogue;
using Bocage.OpenData.Domain.Validation;

namespace Bocage.OpenData.Tests.Catalogue;

public sealed class RowWritersTests
{
    private static readonly SchemaField[] Fields =
    [
        new("nom"),
        new("montant", "number"),
        new("actif", "boolean"),
        new("note"),
    ];

    private static async IAsyncEnumerable<StoredRow> Rows(params string[] data)
    {
        await Task.Yield();
        for (var i = 0; i < data.Length; i++)
        {
            yield return new StoredRow(i + 1, data[i], null);
        }
    }

    private static async Task<string> WriteAsync(Func<Stream, Task> write)
    {
        using var stream = new MemoryStream();
        await write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public async Task CSV_cells_are_unescaped_quoted_when_needed_and_in_the_schema_order()
    {
        var csv = await WriteAsync(s =>
            RowWriters.CsvAsync(
                s,
                Fields,
                Rows(
                    """{"actif":true,"montant":12.5,"nom":"Trélon, \"centre\"","note":null}""",
                    """{"nom":"ligne\u000Asuivante","montant":-3,"autre":{"a":[1,2]}}""",
                    """{"nom":"\u00C9cole","note":"a\\b"}"""
                ),
                CancellationToken.None
            )
        );

        Assert.Equal(
            "nom,montant,actif,note\r\n"
                + "\"Trélon, \"\"centre\"\"\",12.5,true,\r\n"
                + "\"ligne\nsuivante\",-3,,\r\n"
                + "École,,,a\\b\r\n",
            csv
        );
    }

    [Fact]
    public async Task CSV_rows_longer_than_the_first_buffers_are_written_whole()
    {
        var long1 = new string('x', 10_000);
        var long2 = string.Concat(Enumerable.Repeat("\\u00e9", 3000));
        var csv = await WriteAsync(s =>
            RowWriters.CsvAsync(
                s,
                [new SchemaField("a"), new SchemaField("b")],
                Rows($$"""{"a":"{{long1}}","b":"{{long2}}"}"""),
                CancellationToken.None
            )
        );

        Assert.Equal($"a,b\r\n{long1},{new string('é', 3000)}\r\n", csv);
    }

    [Fact]
    public async Task JSON_keeps_stored_rows_whole_or_selects_fields_in_order_with_null_for_missing()
    {
        var all = await WriteAsync(s =>
            RowWriters.JsonAsync(s, Fields, true, Rows("""{"nom":"A","montant":1}"""), CancellationToken.None)
        );
        SchemaField[] some = [Fields[3], Fields[1]];
        var selected = await WriteAsync(s =>
            RowWriters.JsonAsync(
                s,
                some,
                false,
                Rows("""{"nom":"A","montant":1.50,"actif":false}""", """{"note":"é\"x"}"""),
                CancellationToken.None
            )
        );

        Assert.Equal("""[{"nom":"A","montant":1}]""", all);
        using var document = JsonDocument.Parse(selected);
        var rows = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(["note", "montant"], rows[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("note").ValueKind);
        Assert.Equal(1.5, rows[0].GetProperty("montant").GetDouble());
        Assert.Equal("é\"x", rows[1].GetProperty("note").GetString());
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("montant").ValueKind);
    }
}
