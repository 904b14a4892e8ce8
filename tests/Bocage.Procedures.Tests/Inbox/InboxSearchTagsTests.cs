using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Files;
using Bocage.Procedures.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Bocage.Procedures.Tests.Http.ProcedureSteps;

namespace Bocage.Procedures.Tests.Inbox;

/// <summary>
/// A word search with a procedure, a state and the agent's communes: on SQLite they narrow the FTS5 search
/// through tags kept by triggers, which must follow a file that changes state.
/// </summary>
public sealed class InboxSearchTagsTests
{
    private static readonly DateTime At = new(2021, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private sealed record Seeded(Guid Bin, Guid Workshop, Guid Moved);

    /// <summary>
    /// « Zorglub » in six files: bin of Fourmies (one moved to « en instruction »), bin of Anor, workshop of Fourmies.
    /// </summary>
    private static async Task<Seeded> InsertFilesAsync(BocageFactory app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProceduresDb>();
        var procedures = await db
            .Procedures.Include(p => p.Versions)
            .Where(p => p.Slug == DemoProcedures.Bin || p.Slug == DemoProcedures.Workshop)
            .ToListAsync();
        var files = new List<ProcedureFile>();
        foreach (
            var (slug, commune, number) in new[]
            {
                (DemoProcedures.Bin, "59249", "TAG-2021-000001"),
                (DemoProcedures.Bin, "59249", "TAG-2021-000002"),
                (DemoProcedures.Bin, "59249", "TAG-2021-000003"),
                (DemoProcedures.Bin, "59012", "TAG-2021-000004"),
                (DemoProcedures.Workshop, "59249", "TAG-2021-000005"),
            }
        )
        {
            var procedure = procedures.Single(p => p.Slug == slug);
            var version = procedure.Versions.Single(v => v.Number == procedure.PublishedVersion);
            var file = ProcedureFile.Start(procedure.Id, version.Id, commune, new Applicant(null, "z@exemple.fr"), At);
            file.Submit(
                number,
                new AnswerSet([new("nom", ["Zorglub " + number])]),
                version.Workflow,
                "test",
                At.AddMinutes(files.Count)
            );
            db.Files.Add(file);
            files.Add(file);
        }
        await db.SaveChangesAsync();
        // A state change after submission: the file's tags follow it.
        var moved = files[1];
        var workflow = procedures.Single(p => p.Slug == DemoProcedures.Bin).Versions.First().Workflow;
        moved.MoveTo(workflow.States.Single(s => s.Key == DefaultWorkflow.InReview), At.AddDays(1));
        await db.SaveChangesAsync();
        return new Seeded(
            procedures.Single(p => p.Slug == DemoProcedures.Bin).Id,
            procedures.Single(p => p.Slug == DemoProcedures.Workshop).Id,
            moved.Id
        );
    }

    private static async Task<List<string>> NumbersAsync(Browser agent, string query)
    {
        await agent.OpenAsync("/gestion/demarches?" + query);
        return System
            .Text.RegularExpressions.Regex.Matches(agent.LastPage, @"TAG-2021-\d{6}")
            .Select(m => m.Value)
            .Distinct()
            .Order()
            .ToList();
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Words_with_a_procedure_a_state_and_the_agents_communes_find_exactly_their_files(
        DatabaseProvider provider
    )
    {
        using var app = new BocageFactory(provider);
        var seeded = await InsertFilesAsync(app);
        var agent = await AgentAsync(app, "agent.fourmies@demo.sud-avesnois.fr");

        Assert.Equal(
            ["TAG-2021-000001", "TAG-2021-000002", "TAG-2021-000003", "TAG-2021-000005"],
            await NumbersAsync(agent, "q=zorglub")
        );
        Assert.Equal(
            ["TAG-2021-000001", "TAG-2021-000002", "TAG-2021-000003"],
            await NumbersAsync(agent, $"demarche={seeded.Bin}&q=zorglub")
        );
        Assert.Equal(["TAG-2021-000005"], await NumbersAsync(agent, $"demarche={seeded.Workshop}&q=zorglub"));
        Assert.Equal(["TAG-2021-000002"], await NumbersAsync(agent, "etat=en-instruction&q=zorglub"));
        Assert.Equal(
            ["TAG-2021-000001", "TAG-2021-000003"],
            await NumbersAsync(agent, $"demarche={seeded.Bin}&etat=depose&q=zorglub")
        );
        Assert.Empty(await NumbersAsync(agent, "etat=refuse&q=zorglub"));
    }

    [Fact]
    public async Task On_sqlite_the_search_index_itself_narrows_by_procedure_state_and_commune()
    {
        using var app = new BocageFactory(DatabaseProvider.Sqlite);
        var seeded = await InsertFilesAsync(app);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProceduresDb>();
        var tags = new SearchTags(db);
        var fourmies = new Bocage.Kernel.Permissions.AccessScope(
            false,
            new HashSet<string> { "59249" },
            new HashSet<string>()
        );

        async Task<int> MatchesAsync(Bocage.Procedures.Domain.Filing.InboxFilter filter) =>
            await db
                .FileSearch.FromSqlRaw(
                    "SELECT file_id, search_text FROM procedures_files_search WHERE procedures_files_search MATCH {0}",
                    SearchTags.Phrase("search_text", "zorglub") + await tags.NarrowingAsync(fourmies, filter, default)
                )
                .CountAsync();

        Assert.Equal(4, await MatchesAsync(new(null, null, null, null, null, "zorglub")));
        Assert.Equal(3, await MatchesAsync(new(seeded.Bin, null, null, null, null, "zorglub")));
        Assert.Equal(1, await MatchesAsync(new(null, DefaultWorkflow.InReview, null, null, null, "zorglub")));
        Assert.Equal(2, await MatchesAsync(new(seeded.Bin, DefaultWorkflow.Submitted, null, null, null, "zorglub")));
        Assert.Equal(
            0,
            await MatchesAsync(new(seeded.Workshop, DefaultWorkflow.InReview, null, null, null, "zorglub"))
        );
        // Whatever an answer holds, it is no tag: private-use characters typed in a search find nothing more.
        Assert.Equal(
            0,
            await db
                .FileSearch.FromSqlRaw(
                    "SELECT file_id, search_text FROM procedures_files_search WHERE procedures_files_search MATCH {0}",
                    SearchTags.Phrase("search_text", SearchTags.Tag('\uF001', 1))
                )
                .CountAsync()
        );
    }
}
