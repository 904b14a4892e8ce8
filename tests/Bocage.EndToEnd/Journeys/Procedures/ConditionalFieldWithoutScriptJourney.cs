using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Procedures;

/// <summary>
/// The same on a 360 px phone without JavaScript: « Bac cassé » then « Continuer » brings the step back with
/// « Précisions » and its message, what was chosen kept; filled, it reaches the review. Axe on every page (see
/// <see cref="AssertAccessibleAsync"/>).
/// </summary>
public sealed class ConditionalFieldWithoutScriptJourney(BrowserHost host) : BrowserTest(host)
{
    protected override BrowserNewContextOptions ContextOptions() =>
        new(ConditionalFieldJourney.Phone) { JavaScriptEnabled = false };

    [Fact]
    public async Task Continuing_after_a_broken_bin_shows_the_details_field_with_its_message()
    {
        await OpenAsync("/demarches/demande-bac-ordures-menageres");
        await ConditionalFieldJourney.ToBinStepAsync(
            Page,
            "journey.condition.noscript@exemple.fr",
            AssertAccessibleAsync
        );
        Assert.False(await Page.EvaluateAsync<bool>("() => typeof window.htmx !== 'undefined'"), "Scripts ran.");
        var details = Page.GetByLabel("Précisions");
        await Page.GetByLabel("Tri sélectif").CheckAsync();
        await Page.GetByLabel("Bac cassé").CheckAsync();
        await Page.GetByLabel("Je certifie").CheckAsync();
        await Expect(details).ToBeHiddenAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Alert).First).ToContainTextAsync("Renseignez « Précisions ».");
        await Expect(details).ToBeVisibleAsync();
        await Expect(Page.Locator("#r_precisions-erreur")).ToHaveTextAsync("Renseignez « Précisions ».");
        await Expect(Page.GetByLabel("Bac cassé")).ToBeCheckedAsync();
        await Expect(Page.GetByLabel("Je certifie")).ToBeCheckedAsync();
        await AssertAccessibleAsync();
        await details.FillAsync("Le couvercle ne ferme plus.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vérifiez vos réponses");
        await Expect(Page.Locator("dl.facts")).ToContainTextAsync("Le couvercle ne ferme plus.");
        await AssertAccessibleAsync();
    }

    /// <summary>
    /// axe-core's run never ends in a context without JavaScript (it waits on timers): the page as this context
    /// received it is served again to a context with JavaScript that refuses every script of the site, and checked
    /// there.
    /// </summary>
    private async Task AssertAccessibleAsync()
    {
        var html = await Page.ContentAsync();
        var url = Page.Url;
        var context = await Host.NewContextAsync(ConditionalFieldJourney.Phone);
        try
        {
            var copy = await context.NewPageAsync();
            await copy.RouteAsync(
                address => new Uri(address).AbsolutePath.EndsWith(".js", StringComparison.Ordinal),
                route => route.AbortAsync()
            );
            await copy.RouteAsync(
                address => address == url,
                route => route.FulfillAsync(new() { Body = html, ContentType = "text/html; charset=utf-8" })
            );
            await copy.GotoAsync(url);
            await Axe.AssertNoViolationsAsync(copy);
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
