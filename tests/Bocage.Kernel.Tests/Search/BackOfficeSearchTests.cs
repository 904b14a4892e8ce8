using System.Net;
using Bocage.Kernel.Tests.Accounts;
using Bocage.Kernel.Tests.Companies;

namespace Bocage.Kernel.Tests.Search;

/// <summary>An agent finds the back-office tools they may use by searching; nobody else is shown them.</summary>
public sealed class BackOfficeSearchTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_agent_finds_their_tools_and_a_visitor_or_another_agent_does_not(DatabaseProvider db)
    {
        using var app = new CompanyApp(db);
        var agent = app.Browser();
        await StaffTests.EnrolAsync(agent, "agent.fourmies@demo.sud-avesnois.fr");
        var admin = app.Browser();
        await StaffTests.EnrolAsync(admin, "admin@demo.sud-avesnois.fr");

        var found = WebUtility.HtmlDecode(await agent.OpenAsync("/recherche?q=blason"));
        Assert.Contains("href=\"/gestion/identite\"", found);
        Assert.Contains("Couleur et blason", found);
        // Checking companies is the administrators' (and economic development's) tool, not a town hall's.
        Assert.DoesNotContain("href=\"/gestion/entreprises\"", await agent.OpenAsync("/recherche?q=entreprises"));
        Assert.Contains("href=\"/gestion/entreprises\"", await admin.OpenAsync("/recherche?q=entreprises"));
        Assert.DoesNotContain("href=\"/gestion/identite\"", await app.Browser().OpenAsync("/recherche?q=blason"));
    }
}
