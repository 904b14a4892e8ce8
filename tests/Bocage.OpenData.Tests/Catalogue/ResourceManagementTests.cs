using System.Net;
using System.Text;
using Bocage.OpenData.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.OpenData.Tests.Catalogue;

public sealed class ResourceManagementTests
{
    private const string Path = "/gestion/donnees/frequentation";

    private static async Task<HttpResponseMessage> SendAsync(
        Browser browser,
        string resource,
        string newTitle,
        string fileName,
        string csv
    )
    {
        var page = await browser.OpenAsync(Path);
        var token = System
            .Text.RegularExpressions.Regex.Match(
                page,
                "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\""
            )
            .Groups[1]
            .Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new StringContent(""), "Schema" },
            { new StringContent(resource), "Resource" },
            { new StringContent(newTitle), "NewTitle" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Upload", fileName },
        };
        return await browser.Client.PostAsync(Path, form);
    }

    private static async Task<Browser> ProducerWithDatasetAsync(BocageFactory app)
    {
        var agent = app.Browser();
        await PublishingTests.EnrolAsync(agent, "agent.fourmies@demo.sud-avesnois.fr");
        await PublishingTests.CreateDatasetAsync(agent, "Fréquentation", "Culture et loisirs");
        return agent;
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_producer_adds_replaces_and_deletes_resources_each_all_or_nothing(DatabaseProvider db)
    {
        await using var app = new BocageFactory(db);
        var agent = await ProducerWithDatasetAsync(app);

        using var first = await SendAsync(agent, "", "", "2024.csv", "mois;entrees\n1;100\n2;120\n");
        using var noTitle = await SendAsync(agent, "nouvelle", "", "2025.csv", "mois;entrees\n1;90\n");
        var noTitlePage = WebUtility.HtmlDecode(await noTitle.Content.ReadAsStringAsync());
        using var second = await SendAsync(
            agent,
            "nouvelle",
            "Année 2025",
            "2025.csv",
            "mois;entrees\n1;90\n2;95\n3;99\n"
        );
        using var badReplace = await SendAsync(
            agent,
            "annee-2025",
            "",
            "2025.csv",
            "mois;entrees\n1;90\n2;95;en trop\n"
        );
        var afterBad = await agent.Client.GetStringAsync("/api/donnees/frequentation/annee-2025/lignes");
        using var replace = await SendAsync(agent, "donnees", "", "2024.csv", "mois;entrees\n1;101\n");
        var replaced = await agent.Client.GetStringAsync("/api/donnees/frequentation/donnees/lignes");
        var manage = await agent.OpenAsync(Path);

        Assert.Equal("/donnees/frequentation", first.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Donnez un titre à la nouvelle ressource", noTitlePage);
        Assert.Contains("aria-invalid=\"true\"", noTitlePage);
        Assert.Equal("/donnees/frequentation", second.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains(
            "Le fichier n'a pas été publié",
            WebUtility.HtmlDecode(await badReplace.Content.ReadAsStringAsync())
        );
        Assert.Contains("\"total\":3", afterBad);
        Assert.Contains("\"total\":1", replaced);
        Assert.Contains("101", replaced);
        Assert.Contains("Ressources publiées (2)", WebUtility.HtmlDecode(manage));

        using var deleted = await agent.SubmitAsync(
            $"{Path}?handler=DeleteResource",
            new Dictionary<string, string> { ["ressource"] = "annee-2025" },
            Path
        );
        Assert.Equal(Path, deleted.RequestMessage!.RequestUri!.PathAndQuery);
        var afterDelete = WebUtility.HtmlDecode(agent.LastPage);
        using var gone = await agent.GetAsync("/api/donnees/frequentation/annee-2025/lignes");
        using var scope = app.Services.CreateScope();
        var data = scope.ServiceProvider.GetRequiredService<OpenDataDb>();
        var batches = await data.Resources.Select(r => r.BatchId).ToListAsync();

        Assert.Contains("La ressource a été supprimée", afterDelete);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        // No row is left behind: every stored row belongs to a published batch.
        Assert.Equal(0, await data.Rows.CountAsync(r => !batches.Contains(r.BatchId)));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_producer_edits_the_description_then_deletes_the_dataset_after_confirming(DatabaseProvider db)
    {
        await using var app = new BocageFactory(db);
        var agent = await ProducerWithDatasetAsync(app);
        await SendAsync(agent, "", "", "2024.csv", "mois;entrees\n1;100\n");
        var other = app.Browser();
        await PublishingTests.EnrolAsync(other, "partenaire@demo.sud-avesnois.fr");

        await agent.SubmitAsync(
            $"{Path}/fiche",
            new Dictionary<string, string>
            {
                ["Input.Title"] = "Fréquentation de la piscine",
                ["Input.Description"] = "Entrées par mois.",
                ["Input.Theme"] = "Culture et loisirs",
                ["Input.Frequency"] = "Mensuelle",
                ["Input.Licence"] = "Licence Ouverte 2.0",
            }
        );
        var publicPage = WebUtility.HtmlDecode(await agent.OpenAsync("/donnees/frequentation"));
        using var outsider = await other.GetAsync($"{Path}/fiche");
        await agent.SubmitAsync($"{Path}/fiche?handler=Delete", new Dictionary<string, string>(), $"{Path}/fiche");
        var unconfirmed = WebUtility.HtmlDecode(agent.LastPage);
        await agent.SubmitAsync(
            $"{Path}/fiche?handler=Delete",
            new Dictionary<string, string> { ["confirmation"] = "true" },
            $"{Path}/fiche"
        );
        using var gone = await agent.GetAsync("/donnees/frequentation");
        using var scope = app.Services.CreateScope();
        var data = scope.ServiceProvider.GetRequiredService<OpenDataDb>();
        var batches = await data.Resources.Select(r => r.BatchId).ToListAsync();

        Assert.Contains("Fréquentation de la piscine", publicPage);
        Assert.Contains("Mensuelle", publicPage);
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
        Assert.Contains("Cochez la case pour confirmer", unconfirmed);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(0, await data.Rows.CountAsync(r => !batches.Contains(r.BatchId)));
        Assert.True(
            await app
                .Services.CreateScope()
                .ServiceProvider.GetRequiredService<Bocage.Kernel.Data.KernelDb>()
                .AuditEntries.AnyAsync(a => a.Action == "data.dataset.deleted")
        );
    }
}
