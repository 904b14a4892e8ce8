using Bocage.EndToEnd.Hosting;
using Bocage.EndToEnd.Journeys.Accounts;
using Bocage.Testing;
using Microsoft.Playwright;
using SkiaSharp;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Territory;

/// <summary>
/// Trélon's agent, on a 360 px phone (by the search) and on a desktop screen (from the back office's home), reaches
/// the commune's colour and emblem, types a yellow too light for text (told why at the field, the colour kept as typed,
/// the emblem sent with it saved), then a readable colour; a visitor goes from the list of communes to Trélon's page
/// and sees the emblem beside its name and its heading in that colour. Axe and no sideways scrolling on each page.
/// </summary>
public sealed class CommuneIdentityJourneyTests(BrowserHost host) : BrowserTest(host)
{
    [Theory]
    [InlineData(360, "#6A1B9A", "rgb(106, 27, 154)")]
    [InlineData(1280, "#8B1A1A", "rgb(139, 26, 26)")]
    public async Task An_agent_gives_Trelon_its_colour_and_emblem_and_a_visitor_sees_them(
        int width,
        string colour,
        string rendered
    )
    {
        var agent = await Screens.PageAsync(Host, width);
        await StaffKeys.SignInAsync(agent, "agent.trelon@demo.sud-avesnois.fr");
        if (width <= 360)
        {
            // On the phone, the agent searches for the tool rather than opening the back office.
            await agent.GotoAsync("/recherche");
            await agent.Locator("#q").FillAsync("blason");
            await agent.Locator("#q").PressAsync("Enter");
            await agent
                .GetByRole(AriaRole.Main)
                .GetByRole(AriaRole.Link, new() { Name = "Couleur et blason" })
                .ClickAsync();
        }
        else
        {
            await agent.GotoAsync("/gestion");
            await agent.GetByRole(AriaRole.Link, new() { Name = "Couleur et blason" }).ClickAsync();
        }
        await Expect(agent.GetByRole(AriaRole.Link, new() { Name = "Fourmies" })).ToHaveCountAsync(0);
        await agent.GetByRole(AriaRole.Link, new() { Name = "Trélon", Exact = true }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync("Couleur et blason : Trélon");

        await agent.GetByLabel("Couleur", new() { Exact = true }).FillAsync("#FFDD00");
        await agent.GetByLabel("Blason ou logo").SetInputFilesAsync(Emblem());
        await agent.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(agent.Locator(".field--error")).ToContainTextAsync("trop claire pour un texte sur fond blanc");
        await Expect(agent.GetByLabel("Couleur", new() { Exact = true })).ToHaveValueAsync("#FFDD00");
        await Expect(agent.Locator(".identity-preview img.emblem")).ToBeVisibleAsync();
        await Screens.CheckAsync(agent, width);
        await Screenshots.KeepAsync(agent, $"identity-refused-{width}");

        await agent.GetByLabel("Couleur", new() { Exact = true }).FillAsync(colour);
        await agent.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Status)).ToContainTextAsync("La couleur et le blason sont enregistrés");
        await Screens.CheckAsync(agent, width);

        var visitor = await Screens.PageAsync(Host, width);
        await visitor.GotoAsync("/communes");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Trélon" }).ClickAsync();
        var heading = visitor.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Expect(heading).ToHaveTextAsync("Trélon");
        await Expect(heading).ToHaveCSSAsync("color", rendered);
        var emblem = visitor.Locator(".identity-banner img.emblem");
        await Expect(emblem).ToBeVisibleAsync();
        Assert.True(await emblem.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        await Screens.CheckAsync(visitor, width);
        await Screenshots.KeepAsync(visitor, $"identity-commune-{width}");
    }

    /// <summary>
    /// The intercommunality's communication officer gives it a logo; from then on every visitor's page carries it in
    /// the header, beside the site's name, without sideways scrolling on a phone. Taken back at the end, since the
    /// browser tests share one site.
    /// </summary>
    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task The_intercommunalitys_logo_heads_every_page_once_given(int width)
    {
        var agent = await Screens.PageAsync(Host, width);
        await StaffKeys.SignInAsync(agent, "admin@demo.sud-avesnois.fr");
        await agent.GotoAsync("/gestion/identite");
        await agent
            .GetByRole(AriaRole.Link, new() { Name = "Communauté de Communes Sud Avesnois", Exact = true })
            .ClickAsync();
        await agent.GetByLabel("Blason ou logo").SetInputFilesAsync(Emblem());
        await agent.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Status)).ToContainTextAsync("La couleur et le blason sont enregistrés");
        try
        {
            var visitor = await Screens.PageAsync(Host, width);
            await visitor.GotoAsync("/");
            var logo = visitor.GetByRole(AriaRole.Banner).Locator(".site-brand img.emblem");
            await Expect(logo).ToBeVisibleAsync();
            Assert.True(await logo.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
            await Screens.CheckAsync(visitor, width);
            await Screenshots.KeepAsync(visitor, $"identity-header-{width}");
        }
        finally
        {
            await agent.GetByLabel("Retirer le blason actuel").CheckAsync();
            await agent.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
            await Expect(agent.GetByRole(AriaRole.Banner).Locator("img.emblem")).ToHaveCountAsync(0);
        }
    }

    // A round red seal on a transparent ground, as a town hall's logo often is.
    private static FilePayload Emblem()
    {
        var seal = SamplePictures.Draw(400, 400, canvas =>
        {
            canvas.Clear(SKColors.Transparent);
            using var red = new SKPaint { Color = new SKColor(160, 30, 40), IsAntialias = true };
            canvas.DrawCircle(200, 200, 180, red);
        });
        return new FilePayload
        {
            Name = "logo-trelon.png",
            MimeType = "image/png",
            Buffer = seal,
        };
    }
}
