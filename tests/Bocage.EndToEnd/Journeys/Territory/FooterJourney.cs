using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Territory;

/// <summary>
/// A visitor, on a phone and at a desk, reads from the footer what is done with their data and how to use their
/// rights, then finds a service through the site map. Axe on each page.
/// </summary>
public sealed class FooterJourney(BrowserHost host) : BrowserTest(host)
{
    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task A_visitor_reads_the_personal_data_page_and_the_site_map_from_the_footer(int width)
    {
        await Page.SetViewportSizeAsync(width, 800);
        await OpenAsync("/");
        var footer = Page.GetByRole(AriaRole.Contentinfo);
        await footer.GetByRole(AriaRole.Link, new() { Name = "Données personnelles" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Données personnelles");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Vos droits" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("Finalité").First).ToBeVisibleAsync();
        await Layout.AssertNoSidewaysScrollAsync(Page, width);
        await Axe.AssertNoViolationsAsync(Page);
        await Screenshots.KeepAsync(Page, $"privacy-{width}");

        await footer.GetByRole(AriaRole.Link, new() { Name = "Plan du site" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Plan du site");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Payer une facture" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(Host.BaseUrl + "/factures/payer");
    }
}
