using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Language;

public sealed class LanguageSwitchTests(BrowserHost host) : BrowserTest(host)
{
    private ILocator LanguageSwitch =>
        Page.GetByRole(AriaRole.Navigation, new() { NameRegex = new Regex("^(Langue|Language|Taal)$") });

    private ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    [Fact]
    public async Task Visitor_switches_to_English_and_the_choice_sticks_on_the_next_page()
    {
        await OpenAsync("/communes");
        await Expect(Heading).ToHaveTextAsync("Les communes");

        await LanguageSwitch.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(Host.BaseUrl + "/communes");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(Heading).ToHaveTextAsync("The villages");
        await Expect(LanguageSwitch.GetByRole(AriaRole.Link, new() { Name = "English" }))
            .ToHaveAttributeAsync("aria-current", "true");

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" })
            .GetByRole(AriaRole.Link, new() { Name = "Roadmap" })
            .ClickAsync();

        await Expect(Page).ToHaveURLAsync(Host.BaseUrl + "/feuille-de-route");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(Heading).ToHaveTextAsync("Digital roadmap");
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("29 action(s) of 29");
    }

    [Fact]
    public async Task Visitor_switches_to_Dutch_and_then_back_to_French()
    {
        await OpenAsync("/");

        await LanguageSwitch.GetByRole(AriaRole.Link, new() { Name = "Nederlands" }).ClickAsync();

        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await Expect(Heading).ToHaveTextAsync("De diensten van Sud Avesnois online");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" })
            .GetByRole(AriaRole.Link, new() { Name = "Gemeenten" })
            .ClickAsync();
        await Expect(Heading).ToHaveTextAsync("De gemeenten");

        await LanguageSwitch.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(Host.BaseUrl + "/communes");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(Heading).ToHaveTextAsync("Les communes");
        await OpenAsync("/");
        await Expect(Heading).ToHaveTextAsync("Les services du Sud Avesnois en ligne");
    }
}
