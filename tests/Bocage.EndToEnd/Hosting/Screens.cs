using Microsoft.Playwright;

namespace Bocage.EndToEnd.Hosting;

/// <summary>The screens journeys are walked on: a 360 px phone, touch and mobile, as most inhabitants have.</summary>
internal static class Screens
{
    public const int PhoneWidth = 360;

    public static BrowserNewContextOptions Phone() =>
        new()
        {
            ViewportSize = new ViewportSize { Width = PhoneWidth, Height = 740 },
            IsMobile = true,
            HasTouch = true,
        };

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
