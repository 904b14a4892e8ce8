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
}
