using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Skeleton;

/// <summary>
/// The Skeleton engine's public page in a real browser: readable on a desktop and on a phone, with no accessibility
/// violation.
/// </summary>
public sealed class SkeletonJourneyTests(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task A_visitor_on_a_desktop_reads_the_items()
    {
        await OpenAsync("/skeleton");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Skeleton");
        await Expect(Page.GetByRole(AriaRole.Table)).ToContainTextAsync("Premier élément de démonstration");
        await Axe.AssertNoViolationsAsync(Page);
    }
}

/// <summary>The same page on a 360 px phone: no sideways scrolling, no accessibility violation.</summary>
public sealed class SkeletonOnPhoneTests(BrowserHost host) : BrowserTest(host)
{
    private const int Width = 360;

    protected override BrowserNewContextOptions ContextOptions() =>
        new()
        {
            ViewportSize = new ViewportSize { Width = Width, Height = 740 },
            IsMobile = true,
            HasTouch = true,
        };

    [Fact]
    public async Task A_visitor_on_a_phone_reads_the_items_without_scrolling_sideways()
    {
        await OpenAsync("/skeleton");

        await Expect(Page.GetByRole(AriaRole.Table)).ToContainTextAsync("Premier élément de démonstration");
        var scrollWidth = await Page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
        Assert.True(scrollWidth <= Width, $"/skeleton is {scrollWidth}px wide on a {Width}px screen.");
        await Axe.AssertNoViolationsAsync(Page);
    }
}
