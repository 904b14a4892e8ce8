using System.Net;
using System.Text.RegularExpressions;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Files;
using Bocage.Procedures.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Bocage.Procedures.Tests.Http.ProcedureSteps;

namespace Bocage.Procedures.Tests.Inbox;

public sealed partial class InboxPagingTests
{
    private const int Count = 61;

    [GeneratedRegex(@"<a href=""([^""]+)"" rel=""next"">")]
    private static partial Regex NextLink();

    [GeneratedRegex(@"TEST-2020-\d{6}")]
    private static partial Regex TestNumber();

    /// <summary>
    /// Files of the bin procedure (Fourmies) whose answers hold « Zorglub », submitted at three instants only, so pages
    /// cut through equal times.
    /// </summary>
    private static async Task<Guid> InsertFilesAsync(BocageFactory app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProceduresDb>();
        var procedure = await db.Procedures.Include(p => p.Versions).SingleAsync(p => p.Slug == DemoProcedures.Bin);
        var version = procedure.Versions.Single(v => v.Number == procedure.PublishedVersion);
        for (var i = 0; i < Count; i++)
        {
            var at = new DateTime(2020, 5, 4, 8, 0, 0, DateTimeKind.Utc).AddMinutes(i % 3);
            var file = ProcedureFile.Start(
                procedure.Id,
                version.Id,
                "59249",
                new Applicant(null, $"z{i}@exemple.fr"),
                at
            );
            file.Submit(
                $"TEST-2020-{i:000000}",
                new AnswerSet([new("nom", [$"Zorglub {i}"])]),
                version.Workflow,
                "test",
                at
            );
            db.Files.Add(file);
        }
        await db.SaveChangesAsync();
        return procedure.Id;
    }

    private static async Task<List<List<string>>> WalkAsync(Browser agent, string firstPage)
    {
        var pages = new List<List<string>>();
        var link = firstPage;
        while (link is not null && pages.Count < 10)
        {
            await agent.OpenAsync(link);
            pages.Add(TestNumber().Matches(agent.LastPage).Select(m => m.Value).ToList());
            var next = NextLink().Match(agent.LastPage);
            link = next.Success ? WebUtility.HtmlDecode(next.Groups[1].Value) : null;
        }
        return pages;
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Paging_through_files_with_equal_times_shows_each_file_once(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var procedure = await InsertFilesAsync(app);
        var agent = await AgentAsync(app, "agent.fourmies@demo.sud-avesnois.fr");

        var pages = await WalkAsync(agent, "/gestion/demarches?q=zorglub");
        var filtered = await WalkAsync(agent, $"/gestion/demarches?demarche={procedure}&etat=depose&q=ZORGLUB");

        foreach (var walk in new[] { pages, filtered })
        {
            Assert.Equal([25, 25, 11], walk.Select(p => p.Count));
            var all = walk.SelectMany(p => p).ToList();
            Assert.Equal(Count, all.Distinct().Count());
            Assert.Equal(Count, all.Count);
        }
        Assert.Contains("page 3", WebUtility.HtmlDecode(agent.LastPage));
        Assert.Contains("Première page", WebUtility.HtmlDecode(agent.LastPage));
        // Newest first: the files of 08:02 come before those of 08:00.
        Assert.All(pages[0].Take(20), n => Assert.Equal(2, int.Parse(n[10..]) % 3));
        Assert.All(pages[2], n => Assert.Equal(0, int.Parse(n[10..]) % 3));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_hostile_page_link_gives_the_first_page_and_says_so(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        await InsertFilesAsync(app);
        var agent = await AgentAsync(app, "agent.fourmies@demo.sud-avesnois.fr");
        string[] hostile =
        [
            "x",
            "1-2",
            "99999999999999999999999-0123456789abcdef0123456789abcdef",
            "-1-0123456789abcdef0123456789abcdef",
            "%00",
            "<script>",
            new string('7', 5000),
        ];

        foreach (var value in hostile)
        {
            using var response = await agent.GetAsync(
                $"/gestion/demarches?q=zorglub&n=-4&apres={Uri.EscapeDataString(value)}"
            );
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Le lien de page n’était pas valide", html);
            Assert.Equal(25, TestNumber().Matches(html).Count);
            Assert.Contains("page 1", html);
        }
        // Words of any shape are searched as typed, never as syntax of the search index.
        foreach (
            var (words, count) in new[]
            {
                ("zo", 25),
                ("\"zorglub", 0),
                ("glub 6", 2),
                ("%_\\*()", 0),
                ("NEAR(zorglub)", 0),
            }
        )
        {
            using var search = await agent.GetAsync($"/gestion/demarches?q={Uri.EscapeDataString(words)}");
            Assert.Equal(HttpStatusCode.OK, search.StatusCode);
            Assert.Equal(count, TestNumber().Matches(await search.Content.ReadAsStringAsync()).Count);
        }
        // A well-formed cursor past the oldest file is simply an empty page.
        using var past = await agent.GetAsync(
            "/gestion/demarches?q=zorglub&apres=1-0123456789abcdef0123456789abcdef&n=999999999999"
        );
        var pastHtml = WebUtility.HtmlDecode(await past.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, past.StatusCode);
        Assert.Contains("Aucun dossier ne correspond", pastHtml);
        Assert.DoesNotContain("n’était pas valide", pastHtml);
    }
}
