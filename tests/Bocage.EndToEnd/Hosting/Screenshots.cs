using Microsoft.Playwright;

namespace Bocage.EndToEnd.Hosting;

/// <summary>
/// Keeps what the person saw at a step of a journey, full page, for the developer who looks at the screens
/// after a run (in the temporary directory, « bocage-screenshots »).
/// </summary>
internal static class Screenshots
{
    public static string Directory { get; } = Path.Combine(Path.GetTempPath(), "bocage-screenshots");

    public static Task KeepAsync(IPage page, string name) =>
        page.ScreenshotAsync(
            new PageScreenshotOptions { Path = Path.Combine(Directory, name + ".png"), FullPage = true }
        );
}
