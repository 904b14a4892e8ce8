using System.Net;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.OpenData.Domain.Observatory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.OpenData.Tests.Observatory;

public sealed class ObservatoryPagesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_observatory_lists_public_indicators_by_theme_and_hides_restricted_ones_from_visitors(
        DatabaseProvider db
    )
    {
        var page = await fixture.App(db).Browser().OpenAsync("/observatoire");

        Assert.Contains("href=\"/observatoire/population\"", page);
        Assert.Contains("href=\"/observatoire/couverture-fibre\"", page);
        Assert.DoesNotContain("commerces-vacants", page);
        // Each card gives the territory's latest figure and its year, not only the unit.
        Assert.Matches(@"<strong class=""card__figure"">[0-9][^<]* [^<]+</strong>", page);
        Assert.Contains("Ensemble du territoire, 20", WebUtility.HtmlDecode(page));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_indicator_page_has_an_accessible_chart_and_the_numbers_in_a_table(DatabaseProvider db)
    {
        var page = WebUtility.HtmlDecode(
            await fixture.App(db).Browser().OpenAsync("/observatoire/population?communes=59249&communes=59601")
        );

        Assert.Contains("role=\"img\"", page);
        Assert.Contains("<title id=\"graphique-title\">Population municipale</title>", page);
        Assert.Contains("<caption>", page);
        // Last year's figures are the census populations of the kernel.
        Assert.Contains("12 119", page.Replace('\u202f', ' ').Replace('\u00a0', ' '));
        Assert.Contains("2 915", page.Replace('\u202f', ' ').Replace('\u00a0', ' '));
        Assert.Contains("data-series=\"Trélon\"", page);
        Assert.Contains("value=\"59601\" checked=\"checked\"", page);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_commune_page_shows_its_key_figures(DatabaseProvider db)
    {
        var page = WebUtility.HtmlDecode(await fixture.App(db).Browser().OpenAsync("/observatoire/communes/trelon"));

        Assert.Contains("Trélon en chiffres", page);
        Assert.Contains("Demandeurs d'emploi", page);
        Assert.Contains("2025", page);
        Assert.DoesNotContain("Cellules commerciales vacantes", page);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Unknown_indicators_and_communes_are_not_found(DatabaseProvider db)
    {
        var browser = fixture.App(db).Browser();

        using var indicator = await browser.GetAsync("/observatoire/nimporte-quoi");
        using var commune = await browser.GetAsync("/observatoire/communes/paris");

        Assert.Equal(HttpStatusCode.NotFound, indicator.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, commune.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_restricted_indicator_is_shown_to_the_organisations_it_is_shared_with_only(DatabaseProvider db)
    {
        var app = fixture.App(db);
        using var anonymous = await app.Browser().GetAsync("/observatoire/commerces-vacants");
        await GrantAsync(app, "agent.trelon@demo.sud-avesnois.fr", "mairie-trelon");
        var trelon = await StaffSignIn.AsAsync(app, "agent.trelon@demo.sud-avesnois.fr");
        using var notShared = await trelon.GetAsync("/observatoire/commerces-vacants");
        var fourmies = await StaffSignIn.AsAsync(app, "agent.fourmies@demo.sud-avesnois.fr");
        using var producer = await fourmies.GetAsync("/observatoire/commerces-vacants");

        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notShared.StatusCode);
        Assert.Equal(HttpStatusCode.OK, producer.StatusCode);
        Assert.Contains("Diffusion restreinte", WebUtility.HtmlDecode(fourmies.LastPage));
    }

    /// <summary>Reading rights for an organisation the indicator is not shared with.</summary>
    private static async Task GrantAsync(BocageFactory app, string email, string organisation)
    {
        using var scope = app.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountsDb>();
        var id = await accounts
            .Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant())
            .Select(u => u.Id)
            .SingleAsync();
        if (!await accounts.Grants.AnyAsync(g => g.AccountId == id && g.Permission == ObservatoryPermissions.Read))
        {
            accounts.Grants.Add(
                new Grant(
                    id,
                    ObservatoryPermissions.Read,
                    GrantScope.Organisation(organisation),
                    DateTime.UtcNow,
                    "test"
                )
            );
            await accounts.SaveChangesAsync();
        }
    }
}
