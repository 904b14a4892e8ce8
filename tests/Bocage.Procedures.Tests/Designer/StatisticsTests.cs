using System.Net;
using System.Text.RegularExpressions;
using Bocage.OpenData.Contracts;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Designer.Statistics;
using Bocage.Procedures.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Bocage.Procedures.Tests.Http.ProcedureSteps;

namespace Bocage.Procedures.Tests.Designer;

public sealed class StatisticsTests
{
    private static async Task<List<IReadOnlyDictionary<string, object?>>> DatasetAsync(IServiceProvider services)
    {
        var dataset = services.GetServices<DatasetDefinition>().Single(d => d.Slug == "demarches-statistiques");
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        await foreach (var row in dataset.Rows(services, CancellationToken.None))
        {
            rows.Add(row);
        }
        return rows;
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_summary_kept_on_submission_and_decision_equals_a_count_of_the_files(DatabaseProvider provider)
    {
        using var app = new BocageFactory(provider);
        var applicant = app.Browser();
        var accepted = await StartAnonymouslyAsync(applicant, "lea@exemple.fr");
        await SubmitBinAsync(applicant, accepted);
        await SubmitBinAsync(applicant, await StartAnonymouslyAsync(applicant, "paul@exemple.fr"));
        var agent = await AgentAsync(app, "agent.fourmies@demo.sud-avesnois.fr");
        var page = $"/gestion/demarches/dossier/{accepted}";
        await agent.OpenAsync(page);
        var stamp = Regex.Match(agent.LastPage, "name=\"stamp\" value=\"([0-9a-f-]{36})\"").Groups[1].Value;
        await agent.SubmitAsync(
            $"{page}?handler=Transition",
            new Dictionary<string, string>
            {
                ["transition"] = "accepter",
                ["stamp"] = stamp,
                ["reopen"] = "",
                ["message"] = "",
            }
        );
        Assert.Contains("a été mis à jour", WebUtility.HtmlDecode(agent.LastPage));

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProceduresDb>();
        var slugs = await db
            .Procedures.Where(p => p.PublishedVersion != null)
            .ToDictionaryAsync(p => p.Id, p => p.Slug);
        var files = (
            await db
                .Files.AsNoTracking()
                .Where(f => f.SubmittedAt != null)
                .Select(f => new
                {
                    f.ProcedureId,
                    f.SubmittedAt,
                    f.DecidedAt,
                })
                .ToListAsync()
        ).Where(f => slugs.ContainsKey(f.ProcedureId)).ToList();
        var expected = files
            .GroupBy(f => (Slug: slugs[f.ProcedureId], Month: DurationBuckets.MonthOf(f.SubmittedAt!.Value)))
            .ToDictionary(
                g => g.Key,
                g =>
                    (
                        Submitted: g.Count(),
                        Median: DurationBuckets.Median(
                            g.Where(f => f.DecidedAt != null)
                                .GroupBy(f => DurationBuckets.TenthsOf(f.SubmittedAt!.Value, f.DecidedAt!.Value))
                                .Select(b => (b.Key, b.Count()))
                        )
                    )
            );
        var rows = await DatasetAsync(scope.ServiceProvider);
        var published = rows.ToDictionary(
            r => (Slug: (string)r["demarche"]!, Month: (string)r["mois"]!),
            r => (Submitted: (int)r["dossiers_deposes"]!, Median: (double?)r["delai_median_jours"])
        );

        Assert.Equal(expected.OrderBy(e => e.Key).ToList(), published.OrderBy(e => e.Key).ToList());
        Assert.Equal(DemoFiles.Count + DemoAttachments.Count + 2, rows.Sum(r => (int)r["dossiers_deposes"]!));
        // The file accepted seconds after its submission sits in the bucket of zero days.
        var bin = slugs.Single(s => s.Value == DemoProcedures.Bin).Key;
        Assert.True(await db.MonthlyDurations.AnyAsync(d => d.ProcedureId == bin && d.Tenths == 0 && d.Files > 0));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Files_per_month_are_published_as_a_dataset_and_on_a_public_page(DatabaseProvider provider)
    {
        using var app = new BocageFactory(provider);
        using var scope = app.Services.CreateScope();
        var submitted = await scope
            .ServiceProvider.GetRequiredService<ProceduresDb>()
            .Files.CountAsync(f => f.SubmittedAt != null);
        var rows = await DatasetAsync(scope.ServiceProvider);
        using var page = await app.CreateClient().GetAsync("/demarches/statistiques");

        Assert.True(submitted > 0);
        Assert.Equal(submitted, rows.Sum(r => (int)r["dossiers_deposes"]!));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(
            "Demande de bac à ordures ménagères",
            WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync())
        );
    }
}
