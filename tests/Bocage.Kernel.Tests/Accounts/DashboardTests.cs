using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Accounts;

public sealed class DashboardTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_elected_official_reads_the_dashboard_and_an_agent_without_the_right_cannot(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var elected = app.Browser();
        await StaffTests.EnrolAsync(elected, "elu@demo.sud-avesnois.fr");

        var page = WebUtility.HtmlDecode(await elected.OpenAsync("/gestion/tableau-de-bord"));

        Assert.Contains("Comptes d'habitants", page);
        Assert.Contains("<th scope=\"row\">Wignehies</th>", page);
        // As many partial actions as the engines declare (R01 and R25 from the kernel, more from each engine).
        var registry = app.Services.GetRequiredService<Bocage.Kernel.Modules.ModuleRegistry>();
        var partial = registry
            .Modules.SelectMany(m => m.RoadmapActions.Keys)
            .Distinct()
            .Count(id => registry.StatusOf(id) == Bocage.Kernel.Modules.RoadmapStatus.Partial);
        Assert.Matches($"<p class=\"figure\">{partial}</p><p><span class=\"badge badge--info\">Partiel", page);
        var agent = app.Browser();
        await StaffTests.EnrolAsync(agent, "agent.trelon@demo.sud-avesnois.fr");
        using var refused = await agent.GetAsync("/gestion/tableau-de-bord");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
