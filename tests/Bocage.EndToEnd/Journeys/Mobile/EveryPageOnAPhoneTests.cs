using Bocage.EndToEnd.Hosting;
using Bocage.EndToEnd.Journeys.Accounts;
using Microsoft.Playwright;

namespace Bocage.EndToEnd.Journeys.Mobile;

/// <summary>
/// Every public page a visitor reaches by following links, and every page of an inhabitant's account, fits a 360 px
/// phone (nothing found by scrolling sideways) and passes axe.
/// </summary>
public sealed class EveryPageOnAPhoneTests(BrowserHost host) : BrowserTest(host)
{
    private const int Width = Screens.PhoneWidth;

    protected override BrowserNewContextOptions ContextOptions() => Screens.Phone();

    private static async Task CheckAsync(IPage page)
    {
        await Layout.AssertNoSidewaysScrollAsync(page, Width);
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Every_public_page_fits_a_phone_and_passes_axe()
    {
        var walk = new SiteWalk(Page, path => !path.StartsWith("/compte", StringComparison.Ordinal), CheckAsync)
        {
            Max = 70,
        };

        var failures = await walk.RunAsync("/", "/demarches/statistiques", "/factures/payer", "/observatoire");

        Assert.True(
            walk.Visited.Count >= 25,
            $"Only {walk.Visited.Count} pages reached: {string.Join(", ", walk.Visited)}"
        );
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public async Task Every_page_of_an_inhabitants_account_fits_a_phone_and_passes_axe()
    {
        await AccountSteps.SignInAsync(Page, "habitant@demo.sud-avesnois.fr", "Bocage-demo-2026");
        string[] own = ["/compte", "/factures", "/demarches/mes-dossiers", "/demarches/dossier"];
        var walk = new SiteWalk(Page, path => own.Any(p => path.StartsWith(p, StringComparison.Ordinal)), CheckAsync)
        {
            Max = 30,
        };

        var failures = await walk.RunAsync("/compte", "/factures", "/demarches/mes-dossiers");

        Assert.True(
            walk.Visited.Count >= 5,
            $"Only {walk.Visited.Count} pages reached: {string.Join(", ", walk.Visited)}"
        );
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }
}
