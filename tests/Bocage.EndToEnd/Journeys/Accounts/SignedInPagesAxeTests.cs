using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Accounts;

/// <summary>The pages behind sign-in meet WCAG 2.1 AA too, for inhabitants and for staff.</summary>
public sealed class SignedInPagesAxeTests(BrowserHost host) : BrowserTest(host)
{
    [Theory]
    [InlineData("/compte", "Mon compte")]
    [InlineData("/compte/mandats", "Mes mandats")]
    [InlineData("/compte/entreprise", null)]
    [InlineData("/compte/suppression", "Supprimer mon compte")]
    public async Task Inhabitant_page_meets_WCAG_21_AA_according_to_axe(string path, string? heading)
    {
        await AccountSteps.SignInAsync(Page, "habitant@demo.sud-avesnois.fr", AccountSteps.DemoPassword);
        await OpenAsync(path);
        if (heading is not null)
        {
            await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        }
        await Axe.AssertNoViolationsAsync(Page);
    }

    [Theory]
    [InlineData("/gestion", "Espace agents")]
    [InlineData("/gestion/agents", "Agents et élus")]
    [InlineData("/gestion/journal", "Journal d'audit")]
    [InlineData("/gestion/registre-rgpd", "Registre des traitements (RGPD)")]
    [InlineData("/gestion/organisations", "Services et partenaires")]
    public async Task Administrator_page_meets_WCAG_21_AA_according_to_axe(string path, string heading)
    {
        await StaffKeys.SignInAsync(Page, "admin@demo.sud-avesnois.fr");
        await OpenAsync(path);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        await Axe.AssertNoViolationsAsync(Page);
    }

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task The_elected_officials_dashboard_charts_each_month_and_meets_WCAG_21_AA_according_to_axe(int width)
    {
        var page = await Screens.PageAsync(Host, width);
        await StaffKeys.SignInAsync(page, "elu@demo.sud-avesnois.fr");
        await page.GotoAsync("/gestion");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tableau de bord" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tableau de bord");
        // Files over twelve months and payments over six, each month a list item read « label figure ».
        var charts = page.Locator("ol.month-chart");
        await Expect(charts).ToHaveCountAsync(2);
        await Expect(charts.Nth(0).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(12);
        await Expect(charts.Nth(1).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(6);
        await Screens.CheckAsync(page, width);
        await Screenshots.KeepAsync(page, $"dashboard-{width}");
    }

    [Fact]
    public async Task The_second_sign_in_step_meets_WCAG_21_AA_according_to_axe()
    {
        await StaffKeys.SignInAsync(Page, "agent.fourmies@demo.sud-avesnois.fr");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync();

        await AccountSteps.SignInAsync(Page, "agent.fourmies@demo.sud-avesnois.fr", AccountSteps.DemoPassword);

        await Expect(Page).ToHaveURLAsync(new Regex("/connexion/code$"));
        await Axe.AssertNoViolationsAsync(Page);
    }
}
