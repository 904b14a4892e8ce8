using System.Net;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Designer.Export;
using Bocage.Procedures.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Procedures.Tests.Designer;

public sealed class ExportTests
{
    [Fact]
    public void Blocks_are_flattened_with_an_index_and_addresses_give_three_columns()
    {
        var form = new FormSchema([
            new(
                "P",
                [
                    new("adresse", FieldType.Address, "Adresse"),
                    new("enfants", FieldType.RepeatableBlock, "Enfant")
                    {
                        Max = 2,
                        Children = [new("nom", FieldType.ShortText, "Nom")],
                    },
                    new("jours", FieldType.MultipleChoice, "Jours"),
                ]
            ),
        ]);
        var columns = ExportColumn.For([form]);
        var answers = new AnswerSet();
        answers.Set("enfants.1.nom", "=HYPERLINK(\"x\")");
        answers.Set("jours", "lundi", "jeudi");

        Assert.Equal(
            ["adresse.rue", "adresse.code-postal", "adresse.commune", "enfants[1].nom", "enfants[2].nom", "jours"],
            columns.Select(c => c.Header)
        );
        Assert.Equal("'=HYPERLINK(\"x\")", columns.Single(c => c.Header == "enfants[2].nom").Value(answers));
        Assert.Equal("lundi ; jeudi", columns.Single(c => c.Header == "jours").Value(answers));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_agent_exports_the_files_of_their_commune_as_CSV_and_XLSX_with_one_column_per_field(
        DatabaseProvider provider
    )
    {
        using var app = new BocageFactory(provider);
        Guid id;
        int count;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProceduresDb>();
            id = await db.Procedures.Where(p => p.Slug == DemoProcedures.Bin).Select(p => p.Id).SingleAsync();
            count = await db.Files.CountAsync(f =>
                f.ProcedureId == id && f.Number != null && f.CommuneInsee == "59249"
            );
        }
        var fourmies = await DesignerSession.SignInAsync(app, "agent.fourmies@demo.sud-avesnois.fr");
        var trelon = await DesignerSession.SignInAsync(app, "agent.trelon@demo.sud-avesnois.fr");

        using var csv = await fourmies.Client.GetAsync($"/gestion/demarches/{id}/export/csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        var lines = System
            .Text.Encoding.UTF8.GetString(bytes[3..])
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        using var xlsx = await fourmies.Client.GetAsync($"/gestion/demarches/{id}/export/xlsx");
        var rows = MiniExcelLibs
            .MiniExcel.Query(await xlsx.Content.ReadAsStreamAsync(), useHeaderRow: true)
            .Cast<IDictionary<string, object>>()
            .ToList();
        using var other = await trelon.Client.GetAsync($"/gestion/demarches/{id}/export/csv");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        // Applicants' answers: never kept by a cache.
        Assert.True(csv.Headers.CacheControl is { NoStore: true, Private: true });
        Assert.True(xlsx.Headers.CacheControl is { NoStore: true, Private: true });
        Assert.True(count > 0);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith(
            "numero;etat;depose-le;commune;nom;telephone;adresse.rue;adresse.code-postal;adresse.commune;type;motif",
            lines[0]
        );
        Assert.Equal(count + 1, lines.Length);
        Assert.Equal(count, rows.Count);
        Assert.Contains("adresse.code-postal", rows[0].Keys);
        Assert.StartsWith("CCSA-", rows[0]["numero"]?.ToString());
        Assert.Single((await other.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }
}
