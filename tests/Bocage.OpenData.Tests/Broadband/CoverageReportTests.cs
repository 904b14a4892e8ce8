using System.Net;
using System.Text.Json;
using Bocage.OpenData.Data;
using Bocage.OpenData.Tests.Observatory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.OpenData.Tests.Broadband;

public sealed class CoverageReportTests
{
    private static Dictionary<string, string> Report(string insee, string address) =>
        new()
        {
            ["Input.Address"] = address,
            ["Input.Commune"] = insee,
            ["Input.Technology"] = "Fibre",
            ["Input.Description"] = "Pas de fibre dans la rue alors que les voisins l'ont.",
        };

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_report_appears_on_the_map_anonymised_only_after_an_agent_of_the_commune_confirms_it(
        DatabaseProvider db
    )
    {
        await using var app = new BocageFactory(db);
        var inhabitant = app.Browser();
        await inhabitant.SubmitAsync("/couverture", Report("59249", "12 rue de la Gare"), "/couverture");
        Assert.Contains("votre signalement est enregistré", WebUtility.HtmlDecode(inhabitant.LastPage));
        await inhabitant.SubmitAsync("/couverture", Report("59601", "3 place de Trélon"), "/couverture");
        var before = await inhabitant.Client.GetStringAsync("/api/carte/couches/signalements.geojson");
        Assert.Contains("\"features\":[]", before);

        var agent = await StaffSignIn.AsAsync(app, "agent.fourmies@demo.sud-avesnois.fr");
        await agent.OpenAsync("/gestion/observatoire/signalements");
        Assert.Contains("12 rue de la Gare", agent.LastPage);
        Assert.DoesNotContain("place de Trélon", WebUtility.HtmlDecode(agent.LastPage));
        var id = System
            .Text.RegularExpressions.Regex.Match(agent.LastPage, "name=\"report\" value=\"([0-9a-f-]+)\"")
            .Groups[1]
            .Value;
        await agent.SubmitAsync(
            "/gestion/observatoire/signalements",
            new Dictionary<string, string> { ["report"] = id, ["decision"] = "confirmer" }
        );
        Assert.Contains("Signalement confirmé", WebUtility.HtmlDecode(agent.LastPage));

        var after = await inhabitant.Client.GetStringAsync("/api/carte/couches/signalements.geojson");
        using var json = JsonDocument.Parse(after);
        var feature = Assert.Single(json.RootElement.GetProperty("features").EnumerateArray());
        Assert.Equal("Fourmies", feature.GetProperty("properties").GetProperty("commune").GetString());
        Assert.DoesNotContain("Gare", after);
        using var scope = app.Services.CreateScope();
        var stored = await scope
            .ServiceProvider.GetRequiredService<OpenDataDb>()
            .CoverageReports.SingleAsync(r => r.Id == Guid.Parse(id));
        Assert.Null(stored.Address);
        Assert.True(
            await scope
                .ServiceProvider.GetRequiredService<KernelDb>()
                .AuditEntries.AnyAsync(e => e.Action == "data.broadband.confirm")
        );
        await inhabitant.OpenAsync("/couverture");
        Assert.Contains("<td class=\"numeric\">1</td>", inhabitant.LastPage);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_incomplete_report_is_refused_at_its_fields_keeping_what_was_typed(DatabaseProvider db)
    {
        await using var app = new BocageFactory(db);
        var inhabitant = app.Browser();

        using var response = await inhabitant.SubmitAsync(
            "/couverture",
            new Dictionary<string, string>
            {
                ["Input.Address"] = "5 rue des Écoles",
                ["Input.Commune"] = "75056",
                ["Input.Technology"] = "Satellite",
                ["Input.Description"] = "",
            },
            "/couverture"
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(inhabitant.LastPage);
        Assert.Contains("Choisissez une commune du Sud Avesnois.", page);
        Assert.Contains("Choisissez la technologie concernée.", page);
        Assert.Contains("Décrivez le problème en quelques mots.", page);
        Assert.Contains("value=\"5 rue des Écoles\"", page);
        using var scope = app.Services.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<OpenDataDb>().CoverageReports.CountAsync());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_coverage_page_shows_every_commune_and_the_deployment_chart(DatabaseProvider db)
    {
        await using var app = new BocageFactory(db);

        var page = WebUtility.HtmlDecode(await app.Browser().OpenAsync("/couverture"));

        Assert.Contains("<title id=\"deploiement-title\">", page);
        Assert.Contains("data-series=\"Locaux raccordables à la fibre\"", page);
        Assert.Contains("Moustier-en-Fagne", page);
        Assert.Contains("Signaler un problème de couverture", page);
    }
}
