using System.Net;
using System.Text.RegularExpressions;
using Bocage.Kernel.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Accounts;

public sealed class AdministrationTests
{
    private static async Task<string> AgentPageAsync(Browser admin, string name)
    {
        var list = await admin.OpenAsync("/gestion/agents");
        return Regex.Match(list, $"href=\"(/gestion/agents/[^\"]+)\">{Regex.Escape(name)}</a>").Groups[1].Value;
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_administrator_widens_then_narrows_an_agents_reach(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        using (var scope = app.Services.CreateScope())
        {
            await scope
                .ServiceProvider.GetRequiredService<AuditLog>()
                .AppendAsync("account:test", "procedures.file.accept", "file:ANOR-7", "59012");
        }
        var admin = app.Browser();
        await StaffTests.EnrolAsync(admin, "admin@demo.sud-avesnois.fr");
        var agentPage = await AgentPageAsync(admin, "Alix Vandenberghe");
        Assert.NotEmpty(agentPage);
        var agent = app.Browser();
        var key = await StaffTests.EnrolAsync(agent, "agent.trelon@demo.sud-avesnois.fr");
        Assert.DoesNotContain("file:ANOR-7", await agent.OpenAsync("/gestion/journal"));

        await admin.SubmitAsync(
            $"{agentPage}?handler=Grant",
            new Dictionary<string, string> { ["Permission"] = "kernel.audit.read", ["Scope"] = "mairie-anor" },
            agentPage
        );
        Assert.Contains("Le droit est accordé", WebUtility.HtmlDecode(admin.LastPage));
        Assert.Contains("file:ANOR-7", await agent.OpenAsync("/gestion/journal"));

        var grant = Regex
            .Matches(admin.LastPage, "name=\"grant\" value=\"([0-9a-f-]+)\"")
            .Select(m => m.Groups[1].Value)
            .ToList();
        // The demo agent holds the audit right and the one just given, plus what engines' demo seeds grant
        // (procedures.instruct).
        Assert.True(grant.Count >= 2, $"{grant.Count} grants listed");
        foreach (var id in grant)
        {
            await admin.SubmitAsync(
                $"{agentPage}?handler=Revoke",
                new Dictionary<string, string> { ["grant"] = id },
                agentPage
            );
        }
        using var refused = await agent.GetAsync("/gestion/journal");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.NotEmpty(key);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_suspended_agent_is_signed_out_and_cannot_sign_in_again(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var admin = app.Browser();
        await StaffTests.EnrolAsync(admin, "admin@demo.sud-avesnois.fr");
        var agent = app.Browser();
        var key = await StaffTests.EnrolAsync(agent, "agent.fourmies@demo.sud-avesnois.fr");
        var agentPage = await AgentPageAsync(admin, "Sacha Delattre");

        await admin.SubmitAsync(
            $"{agentPage}?handler=Suspend",
            new Dictionary<string, string> { ["suspend"] = "true" },
            agentPage
        );

        Assert.Contains("L'accès est suspendu", WebUtility.HtmlDecode(admin.LastPage));
        using var stale = await agent.GetAsync("/gestion/journal");
        Assert.Equal("/connexion", stale.RequestMessage!.RequestUri!.AbsolutePath);
        var again = app.Browser();
        using var attempt = await again.SignInAsync("agent.fourmies@demo.sud-avesnois.fr", "Bocage-demo-2026", key);
        Assert.Equal("/connexion", attempt.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Ce compte est suspendu", WebUtility.HtmlDecode(again.LastPage));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_administrator_adds_a_partner_organisation_and_a_duplicate_is_refused_at_the_field(
        DatabaseProvider db
    )
    {
        using var app = new BocageFactory(db);
        var admin = app.Browser();
        await StaffTests.EnrolAsync(admin, "admin@demo.sud-avesnois.fr");
        var form = new Dictionary<string, string>
        {
            ["Input.Name"] = "Association Fourmies Numérique",
            ["Input.Description"] = "Ateliers numériques du samedi",
            ["Input.Commune"] = "59249",
        };

        await admin.SubmitAsync("/gestion/organisations", form, "/gestion/organisations");
        Assert.Contains("La structure est ajoutée", WebUtility.HtmlDecode(admin.LastPage));
        Assert.Contains("Association Fourmies Numérique", WebUtility.HtmlDecode(admin.LastPage));

        await admin.SubmitAsync("/gestion/organisations", form, "/gestion/organisations");
        var page = WebUtility.HtmlDecode(admin.LastPage);
        Assert.Contains("Une structure porte déjà ce nom", page);
        Assert.Contains("value=\"Ateliers numériques du samedi\"", page);
    }
}
