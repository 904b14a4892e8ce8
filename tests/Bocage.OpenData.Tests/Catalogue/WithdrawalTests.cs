using System.Net;
using System.Text;
using Bocage.OpenData.Data;
using Bocage.OpenData.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.OpenData.Tests.Catalogue;

/// <summary>A producer withdraws a published dataset from every public place, keeps it, and puts it back.</summary>
public sealed class WithdrawalTests
{
    private const string Slug = "bancs-publics";
    private const string Csv =
        "nom;latitude;longitude\nBanc du kiosque;50.0159;4.0532\nBanc de la mairie;50.0170;4.0540\n";

    /// <summary>Every public place where a published dataset shows, and whether it shows there.</summary>
    private static async Task<IReadOnlyDictionary<string, bool>> PublicPlacesAsync(BocageFactory app)
    {
        var visitor = app.Browser();
        async Task<bool> Lists(string path) =>
            (await visitor.Client.GetStringAsync(path)).Contains(Slug, StringComparison.Ordinal);
        async Task<bool> Answers(string path)
        {
            using var response = await visitor.GetAsync(path);
            Assert.True(
                response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound,
                $"{path}: {response.StatusCode}"
            );
            return response.StatusCode == HttpStatusCode.OK;
        }
        return new Dictionary<string, bool>
        {
            ["catalogue"] = await Lists("/donnees"),
            ["search"] = await Lists("/donnees?q=bancs"),
            ["facet"] = await Lists("/donnees?theme=" + Uri.EscapeDataString("Équipements")),
            ["api list"] = await Lists("/api/donnees"),
            ["dcat json-ld"] = await Lists("/donnees/catalogue.jsonld"),
            ["dcat rdf"] = await Lists("/donnees/catalogue.rdf"),
            ["map"] = await Lists("/carte"),
            ["page"] = await Answers($"/donnees/{Slug}"),
            ["api dataset"] = await Answers($"/api/donnees/{Slug}"),
            ["api rows"] = await Answers($"/api/donnees/{Slug}/donnees/lignes"),
            ["export"] = await Answers($"/api/donnees/{Slug}/donnees/export.csv"),
            ["map layer"] = await Answers($"/api/carte/jeux/{Slug}/donnees.geojson"),
        };
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_withdrawn_dataset_leaves_every_public_place_stays_with_its_producer_and_comes_back_whole(
        DatabaseProvider db
    )
    {
        await using var app = new BocageFactory(db);
        var producer = app.Browser();
        await PublishingTests.EnrolAsync(producer, "agent.fourmies@demo.sud-avesnois.fr");
        await PublishingTests.CreateDatasetAsync(producer, "Bancs publics", "Équipements");
        using var published = await PublishingTests.UploadAsync(
            producer,
            $"/gestion/donnees/{Slug}",
            "bancs.csv",
            Encoding.UTF8.GetBytes(Csv),
            ""
        );
        Assert.Equal($"/donnees/{Slug}", published.RequestMessage!.RequestUri!.AbsolutePath);
        var before = await PublicPlacesAsync(app);

        using var withdrawn = await producer.SubmitAsync(
            $"/gestion/donnees/{Slug}/fiche?handler=Withdraw",
            new Dictionary<string, string>(),
            $"/gestion/donnees/{Slug}/fiche"
        );
        var list = WebUtility.HtmlDecode(producer.LastPage);
        var during = await PublicPlacesAsync(app);
        var sheet = WebUtility.HtmlDecode(await producer.OpenAsync($"/gestion/donnees/{Slug}"));
        using var restored = await producer.SubmitAsync(
            $"/gestion/donnees/{Slug}/fiche?handler=Restore",
            new Dictionary<string, string>()
        );
        var after = await PublicPlacesAsync(app);

        Assert.All(before, place => Assert.True(place.Value, $"{place.Key} before"));
        Assert.All(during, place => Assert.False(place.Value, $"{place.Key} while withdrawn"));
        Assert.All(after, place => Assert.True(place.Value, $"{place.Key} after"));
        Assert.Equal("/gestion/donnees", withdrawn.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Le jeu de données a été retiré du catalogue.", list);
        Assert.Contains("<span class=\"badge badge--info\">retiré</span>", list);
        Assert.Contains("Remettre au catalogue<span class=\"visually-hidden\"> : Bancs publics</span>", list);
        Assert.Contains("Ce jeu de données est retiré du catalogue", sheet);
        Assert.Contains("Le jeu de données est de nouveau au catalogue.", WebUtility.HtmlDecode(producer.LastPage));
        using var scope = app.Services.CreateScope();
        var data = scope.ServiceProvider.GetRequiredService<OpenDataDb>();
        var dataset = await data.Datasets.Include(d => d.Resources).SingleAsync(d => d.Slug == Slug);
        Assert.Null(dataset.WithdrawnAt);
        Assert.Equal(2, await data.Rows.CountAsync(r => r.BatchId == dataset.Resources.Single().BatchId));
        var audit = await scope
            .ServiceProvider.GetRequiredService<KernelDb>()
            .AuditEntries.Where(a => a.Target == $"dataset:{Slug}")
            .Select(a => a.Action)
            .ToListAsync();
        Assert.Equal(1, audit.Count(a => a == "data.dataset.withdrawn"));
        Assert.Equal(1, audit.Count(a => a == "data.dataset.restored"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Withdrawing_needs_the_form_token_and_a_dataset_of_the_producer(DatabaseProvider db)
    {
        await using var app = new BocageFactory(db);
        var producer = app.Browser();
        await PublishingTests.EnrolAsync(producer, "agent.fourmies@demo.sud-avesnois.fr");
        await PublishingTests.CreateDatasetAsync(producer, "Bancs publics", "Équipements");
        var partner = app.Browser();
        await PublishingTests.EnrolAsync(partner, "partenaire@demo.sud-avesnois.fr");

        using var forged = await producer.Client.PostAsync(
            $"/gestion/donnees/{Slug}/fiche?handler=Withdraw",
            new FormUrlEncodedContent([])
        );
        using var foreign = await partner.SubmitAsync(
            $"/gestion/donnees/{Slug}/fiche?handler=Withdraw",
            new Dictionary<string, string>(),
            "/gestion/donnees"
        );

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        using var scope = app.Services.CreateScope();
        Assert.Null(
            (
                await scope.ServiceProvider.GetRequiredService<OpenDataDb>().Datasets.SingleAsync(d => d.Slug == Slug)
            ).WithdrawnAt
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Withdrawing_twice_is_one_change_and_keeps_the_first_date(DatabaseProvider db)
    {
        await using var app = new BocageFactory(db).With("Database:SeedDemo", "false");
        Guid id;
        using (var scope = app.Services.CreateScope())
        {
            var data = scope.ServiceProvider.GetRequiredService<OpenDataDb>();
            var dataset = new Dataset("essai", "Essai", DateTime.UtcNow);
            data.Datasets.Add(dataset);
            await data.SaveChangesAsync();
            id = dataset.Id;
        }
        DateTime? first;
        using (var scope = app.Services.CreateScope())
        {
            var editor = scope.ServiceProvider.GetRequiredService<DatasetEditor>();
            await editor.SetWithdrawnAsync(id, true, "account:1", CancellationToken.None);
            first = (
                await scope
                    .ServiceProvider.GetRequiredService<OpenDataDb>()
                    .Datasets.AsNoTracking()
                    .SingleAsync(d => d.Id == id)
            ).WithdrawnAt;
            await editor.SetWithdrawnAsync(id, true, "account:1", CancellationToken.None);
        }

        using var check = app.Services.CreateScope();
        Assert.NotNull(first);
        Assert.Equal(
            first,
            (
                await check.ServiceProvider.GetRequiredService<OpenDataDb>().Datasets.SingleAsync(d => d.Id == id)
            ).WithdrawnAt
        );
        Assert.Equal(
            1,
            await check
                .ServiceProvider.GetRequiredService<KernelDb>()
                .AuditEntries.CountAsync(a => a.Action == "data.dataset.withdrawn")
        );
        Assert.Null(
            await check.ServiceProvider.GetRequiredService<CatalogueSearch>().FindAsync("essai", CancellationToken.None)
        );
    }
}
