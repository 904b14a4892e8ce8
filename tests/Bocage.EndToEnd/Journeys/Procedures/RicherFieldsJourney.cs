using Bocage.EndToEnd.Hosting;
using Bocage.EndToEnd.Journeys.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Procedures;

/// <summary>
/// An inhabitant declares a flea market to Fourmies on a 360 px phone and on a desktop screen, with Démarches
/// Simplifiées' richer fields: civility, RNA number, a commune of France with namesakes, country, linked lists, date
/// and hour, map point (typed on the phone, tapped on the map on the screen), decimal surface, checkbox. Mistakes are
/// told at their fields with what was typed kept; the summary reads every answer in words; the receipt mail's link
/// opens the file. Axe on every page, no sideways scrolling.
/// </summary>
public sealed class RicherFieldsJourney(BrowserHost host) : BrowserTest(host)
{
    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task An_inhabitant_declares_a_flea_market_with_the_richer_fields(int width)
    {
        var context = await Host.NewContextAsync(
            new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = width, Height = 800 },
                IsMobile = width < 600,
                HasTouch = width < 600,
            }
        );
        var page = await context.NewPageAsync();
        var email = await AccountSteps.ConfirmedAccountAsync(Host, "Léa", "Martin");
        await AccountSteps.SignInAsync(page, email, AccountSteps.DemoPassword);
        await page.GotoAsync("/recherche?q=manifestation");
        await page.GetByRole(AriaRole.Link, new() { Name = "Déclaration de manifestation sur l'espace public" })
            .ClickAsync();
        await CheckAsync(page, width);
        await page.GetByRole(AriaRole.Button, new() { Name = "Commencer la démarche" }).ClickAsync();

        await page.GetByLabel("Madame").CheckAsync();
        await page.GetByLabel("Nom et prénom du responsable").FillAsync("Léa Martin");
        await page.GetByLabel("Numéro RNA de l'association").FillAsync("w12");
        await page.GetByLabel("Commune du siège").FillAsync("Saint-Aubin");
        await page.GetByLabel("Pays de l'organisateur").SelectOptionAsync(new SelectOptionValue { Label = "Belgique" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert).First).ToContainTextAsync("doit être un numéro RNA");
        // The namesakes are told at the field, as the person can type them back.
        await Expect(page.Locator("#r_siege-erreur")).ToContainTextAsync("Saint-Aubin (02), Saint-Aubin (10)");
        await Expect(page.GetByLabel("Commune du siège")).ToHaveValueAsync("Saint-Aubin");
        await Expect(page.GetByLabel("Pays de l'organisateur")).ToHaveValueAsync("BE");
        await CheckAsync(page, width);
        await Screenshots.KeepAsync(page, $"richer-fields-refused-{width}");

        await page.GetByLabel("Numéro RNA de l'association").FillAsync("w 595 001 234");
        await page.GetByLabel("Commune du siège").FillAsync("Saint-Aubin (59)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();
        await page.GetByLabel("Nature de la manifestation")
            .SelectOptionAsync(new SelectOptionValue { Label = "Brocante" });
        await page.GetByLabel("Début").FillAsync("2027-05-01T08:00");
        await page.GetByLabel(new System.Text.RegularExpressions.Regex("^Fin\\b")).FillAsync("2027-05-01T18:00");
        var point = "50.0139, 4.0519";
        if (width < 600)
        {
            // On the phone the point is typed, as a person copies it from a map application.
            await page.GetByRole(AriaRole.Textbox, new() { Name = "Point de rassemblement" })
                .FillAsync("50,0139 ; 4,0519");
        }
        else
        {
            // On the screen the person taps the map: the position is written into the field.
            var map = page.GetByRole(AriaRole.Region, new() { Name = "Carte pour « Point de rassemblement »" });
            await Expect(map).ToBeVisibleAsync();
            await map.ClickAsync();
            var field = page.GetByRole(AriaRole.Textbox, new() { Name = "Point de rassemblement" });
            await Expect(field).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"^50\.\d{6}, 4\.\d{6}$"));
            // The server keeps six decimals without trailing zeros.
            point = string.Join(
                ", ",
                (await field.InputValueAsync())
                    .Split(", ")
                    .Select(n => double.Parse(n, System.Globalization.CultureInfo.InvariantCulture))
                    .Select(n => n.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture))
            );
        }
        await page.GetByLabel("Surface occupée (m²)").FillAsync("1 250,5");
        await page.GetByLabel("Une buvette sera tenue").CheckAsync();
        await page.GetByLabel("Je certifie").CheckAsync();
        await CheckAsync(page, width);
        await Screenshots.KeepAsync(page, $"richer-fields-event-{width}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vérifiez vos réponses");
        var facts = page.Locator("dl.facts");
        foreach (
            var shown in new[]
            {
                "Madame",
                "W595001234",
                "Saint-Aubin (59)",
                "Belgique",
                "Commerce / Brocante",
                "01/05/2027 08:00",
                point,
                "1250,5",
            }
        )
        {
            await Expect(facts).ToContainTextAsync(shown);
        }
        await CheckAsync(page, width);
        await Screenshots.KeepAsync(page, $"richer-fields-summary-{width}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer ma demande" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("CCSA-");
        var number = System
            .Text.RegularExpressions.Regex.Match(
                await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync() ?? "",
                @"CCSA-\d{4}-\d{6}"
            )
            .Value;
        await CheckAsync(page, width);

        // The receipt comes from the filing's event through the outbox, a moment later; its link opens the file.
        var receipt = await AccountSteps.MailAboutAsync(Host, email, number);
        await page.GotoAsync(
            new Uri(System.Text.RegularExpressions.Regex.Match(receipt.TextBody, @"https?://\S+").Value).PathAndQuery
        );
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(number);
        await Expect(page.GetByText("Commerce / Brocante")).ToBeVisibleAsync();
        await CheckAsync(page, width);
    }

    private static async Task CheckAsync(IPage page, int width)
    {
        await Axe.AssertNoViolationsAsync(page);
        var scrolled = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
        Assert.True(scrolled <= width, $"{page.Url} is {scrolled}px wide on a {width}px screen.");
    }
}
