using System.Text.Json;

namespace Bocage.OpenData.Tests.Catalogue;

/// <summary>
/// The XLSX export opened by two spreadsheet libraries others use, ExcelJS and SheetJS (npm, run by node): both
/// find the same header and rows as the JSON export, numbers as numbers.
/// </summary>
public sealed class XlsxReadersTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task ExcelJS_and_SheetJS_read_the_export_as_the_JSON_says(DatabaseProvider db)
    {
        var client = fixture.Client(db);
        const string resource = "/api/donnees/deploiement-fibre/donnees/export";
        using var json = JsonDocument.Parse(await client.GetStringAsync($"{resource}.json?insee=59249"));
        var expected = json.RootElement.EnumerateArray().ToList();
        var file = Path.Combine(Path.GetTempPath(), $"bocage-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(file, await client.GetByteArrayAsync($"{resource}.xlsx?insee=59249"));
        try
        {
            var (exit, output) = await ExternalValidator.RunAsync("node", "xlsx-read.mjs", file);

            Assert.True(exit == 0, output);
            using var read = JsonDocument.Parse(output);
            foreach (var reader in new[] { "exceljs", "sheetjs" })
            {
                var rows = read.RootElement.GetProperty(reader).EnumerateArray().ToList();
                Assert.Equal(
                    ["insee", "commune", "annee", "locaux", "locaux_raccordables"],
                    rows[0].EnumerateArray().Select(c => c.GetString()).ToList()
                );
                Assert.Equal(expected.Count + 1, rows.Count);
                for (var i = 0; i < expected.Count; i++)
                {
                    var cells = rows[i + 1].EnumerateArray().ToList();
                    Assert.Equal(expected[i].GetProperty("commune").GetString(), cells[1].GetString());
                    Assert.Equal(JsonValueKind.Number, cells[2].ValueKind);
                    Assert.Equal(expected[i].GetProperty("annee").GetInt64(), cells[2].GetInt64());
                }
            }
        }
        finally
        {
            File.Delete(file);
        }
    }
}
