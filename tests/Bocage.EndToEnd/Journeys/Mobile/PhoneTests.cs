using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Mobile;

public sealed class PhoneTests(BrowserHost host) : BrowserTest(host)
{
    private const int Width = Screens.PhoneWidth;

    protected override BrowserNewContextOptions ContextOptions() => Screens.Phone();

    [Theory]
    [InlineData("/")]
    [InlineData("/communes/fourmies")]
    [InlineData("/feuille-de-route")]
    [InlineData("/design")]
    [InlineData("/carte")]
    public async Task Visitor_on_a_360px_phone_never_scrolls_sideways(string path)
    {
        await OpenAsync(path);
        var scrollWidth = await Page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
        Assert.True(scrollWidth <= Width, $"{path} is {scrollWidth}px wide on a {Width}px screen.");
    }

    [Fact]
    public async Task Visitor_on_a_360px_phone_reaches_every_menu_entry_and_uses_it()
    {
        await OpenAsync("/");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Menu", Exact = true }).TapAsync();
        var menu = Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
        await Expect(menu).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(Page);
        var links = menu.GetByRole(AriaRole.Link);
        Assert.True(await links.CountAsync() >= 4, "The main menu has fewer than four entries.");
        foreach (var link in await links.AllAsync())
        {
            await Expect(link).ToBeVisibleAsync();
            var box = await link.BoundingBoxAsync() ?? throw new InvalidOperationException("A menu entry has no box.");
            Assert.True(
                box.X >= 0 && box.X + box.Width <= Width,
                $"Menu entry '{await link.InnerTextAsync()}' sticks out of the screen ({box.X}+{box.Width})."
            );
            Assert.True(
                box.Height >= 24,
                $"Menu entry '{await link.InnerTextAsync()}' is only {box.Height}px high: too small to tap."
            );
        }

        await menu.GetByRole(AriaRole.Link, new() { Name = "Feuille de route" }).TapAsync();

        await Expect(Page).ToHaveURLAsync(Host.BaseUrl + "/feuille-de-route");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync("Feuille de route numérique");
    }
}
