using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Mobile;

/// <summary>
/// On a 360 px phone, without JavaScript: the header is the site's name, the account link and « Menu »; the home
/// page starts with what people come for; the menu opens from « Menu » and closes again.
/// </summary>
public sealed class CompactHeaderTests(BrowserHost host) : BrowserTest(host)
{
    protected override BrowserNewContextOptions ContextOptions() => new(Screens.Phone()) { JavaScriptEnabled = false };

    [Fact]
    public async Task A_phone_shows_a_small_header_the_tasks_first_and_the_menu_behind_a_link()
    {
        await OpenAsync("/");
        var header = await Page.GetByRole(AriaRole.Banner).BoundingBoxAsync();
        Assert.True(header!.Height <= 120, $"The header takes {header.Height} px of a 740 px screen.");
        var menu = Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
        await Expect(menu).ToBeHiddenAsync();
        var tasks = Page.GetByRole(AriaRole.Region, new() { Name = "Que voulez-vous faire ?" })
            .GetByRole(AriaRole.Link);
        // Procedure, follow-up, invoice, booking, directory, services near me: each engine names its own.
        await Expect(tasks).ToHaveCountAsync(6);
        var first = await tasks.First.BoundingBoxAsync();
        Assert.True(first!.Y + first.Height <= 740, "The first task is not on the first screen.");
        var communes = await Page.GetByRole(AriaRole.Table).First.BoundingBoxAsync();
        var last = await tasks.Last.BoundingBoxAsync();
        Assert.True(last!.Y < communes!.Y, "The tasks come before the territory's tables.");
        await Expect(tasks.Filter(new() { HasText = "Payer une facture" }))
            .ToHaveAttributeAsync("href", "/factures/payer");
        await Expect(tasks.Filter(new() { HasText = "Réserver une salle ou un rendez-vous" }))
            .ToHaveAttributeAsync("href", "/reserver");
        await Expect(tasks.Filter(new() { HasText = "Trouver un lieu" })).ToHaveAttributeAsync("href", "/annuaire");
        // No axe here: axe-core runs in the page, and this page runs no script; PhoneTests checks it with scripts.
        await Screenshots.KeepAsync(Page, "home-phone-no-script");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Menu", Exact = true }).TapAsync();
        await Expect(menu).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Langue" })).ToBeVisibleAsync();
        await Layout.AssertNoSidewaysScrollAsync(Page, Screens.PhoneWidth);
        await Screenshots.KeepAsync(Page, "menu-phone-no-script");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Fermer le menu" }).TapAsync();
        await Expect(menu).ToBeHiddenAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Menu", Exact = true }).TapAsync();
        await menu.GetByRole(AriaRole.Link, new() { Name = "Données ouvertes" }).TapAsync();
        await Expect(Page).ToHaveURLAsync(Host.BaseUrl + "/donnees");
    }
}
