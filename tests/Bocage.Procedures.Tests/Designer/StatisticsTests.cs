using System.Net;
using Bocage.Kernel.Modules;
using Bocage.Procedures.Designer.Statistics;
using Bocage.Procedures.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Procedures.Tests.Designer;

public sealed class StatisticsTests
{
    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_two_middle_values()
    {
        Assert.Equal(2.5, ProcedureStatistics.Median([4, 1, 2, 3]));
        Assert.Equal(3, ProcedureStatistics.Median([5, 3, 1]));
        Assert.Null(ProcedureStatistics.Median([]));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Files_per_month_are_published_as_a_dataset_and_on_a_public_page(DatabaseProvider provider)
    {
        using var app = new BocageFactory(provider);
        using var scope = app.Services.CreateScope();
        var submitted = await scope.ServiceProvider.GetRequiredService<ProceduresDb>().Files.CountAsync(f => f.SubmittedAt != null);
        var dataset = scope.ServiceProvider.GetRequiredService<ModuleRegistry>().Datasets.Single(d => d.Slug == "demarches-statistiques");
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        await foreach (var row in dataset.Rows(scope.ServiceProvider, CancellationToken.None))
        {
            rows.Add(row);
        }
        using var page = await app.CreateClient().GetAsync("/demarches/statistiques");

        Assert.True(submitted > 0);
        Assert.Equal(submitted, rows.Sum(r => (int)r["dossiers_deposes"]!));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Demande de bac à ordures ménagères", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));
    }
}
