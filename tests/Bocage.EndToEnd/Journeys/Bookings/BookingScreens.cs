using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;

namespace Bocage.EndToEnd.Journeys.Bookings;

/// <summary>What the booking journeys do at each screen: open a page of a given width, check it.</summary>
internal static class BookingScreens
{
    /// <summary>A new browser context of <paramref name="width"/> pixels, phone-like under 600.</summary>
    public static async Task<IPage> PageAsync(BrowserHost host, int width)
    {
        var context = await host.NewContextAsync(
            new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = width, Height = 800 },
                IsMobile = width < 600,
                HasTouch = width < 600,
            }
        );
        return await context.NewPageAsync();
    }

    /// <summary>No accessibility violation, no sideways scrolling.</summary>
    public static async Task CheckAsync(IPage page, int width)
    {
        await Axe.AssertNoViolationsAsync(page);
        await Layout.AssertNoSidewaysScrollAsync(page, width);
    }
}
