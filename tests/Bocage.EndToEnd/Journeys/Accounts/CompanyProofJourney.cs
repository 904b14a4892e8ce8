using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Accounts;

/// <summary>
/// A business owner registers her company by its SIRET, finds the businesses' grant closed while it waits, sends
/// her Kbis; the agent opens it and validates; she reads the mail, follows its link and starts the grant. On a
/// 360 px phone and at desktop width, axe on every page, no sideways scrolling, screenshots for whoever looks.
/// </summary>
public sealed class CompanyProofJourney(BrowserHost host) : BrowserTest(host)
{
    private const string Grant = "/demarches/aide-installation-entreprise";

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task An_owner_proves_her_company_with_a_document_and_then_applies_for_the_businesses_grant(int width)
    {
        var owner = await Host.NewContextAsync(At(width));
        var page = await owner.NewPageAsync();
        var email = await AccountSteps.ConfirmedAccountAsync(Host, "Inès", "Carpentier");
        var legalName = $"Menuiserie Carpentier {width}";
        await AccountSteps.SignInAsync(page, email, AccountSteps.DemoPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "Gérer mon entreprise" }).ClickAsync();
        await page.GetByLabel("Numéro SIRET").FillAsync(Sirets.Random());
        await page.GetByLabel("Raison sociale").FillAsync(legalName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inscrire l'entreprise" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("en attente de vérification");
        await Expect(page.GetByText("En attente de vérification", new() { Exact = true })).ToBeVisibleAsync();
        await CheckAsync(page, width, "company-registered");

        await page.GotoAsync(Grant);
        await Expect(page.GetByText("réservée aux entreprises vérifiées")).ToBeVisibleAsync();
        await CheckAsync(page, width, "company-grant-closed");
        await page.GetByRole(AriaRole.Link, new() { Name = "Aller à « Mon entreprise »" }).ClickAsync();
        await page.GetByLabel("Justificatif (obligatoire)")
            .SetInputFilesAsync(
                new FilePayload
                {
                    Name = "kbis.pdf",
                    MimeType = "application/pdf",
                    Buffer = Bocage.Testing.SampleFiles.Pdf,
                }
            );
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer le justificatif" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Le justificatif est envoyé");
        await CheckAsync(page, width, "company-proof-sent");

        await ValidateAsAgentAsync(width, legalName);

        var mail = await AccountSteps.LastMailAsync(Host, email);
        Assert.Equal($"{legalName} est vérifiée — Sud Avesnois", mail.Subject);
        await page.GotoAsync(await AccountSteps.MailedLinkAsync(Host, email));
        await Expect(page.GetByText("Vérifiée le")).ToBeVisibleAsync();
        await CheckAsync(page, width, "company-verified");
        await page.GotoAsync(Grant);
        await page.GetByRole(AriaRole.Button, new() { Name = "Commencer la démarche" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/demarches/dossier/[0-9a-f-]{36}/etape/0$"));
        await Expect(page.GetByLabel("Raison sociale")).ToBeVisibleAsync();
        await owner.CloseAsync();
    }

    /// <summary>The administrator finds the company in « Entreprises à vérifier » and validates its Kbis.</summary>
    private async Task ValidateAsAgentAsync(int width, string legalName)
    {
        var context = await Host.NewContextAsync(At(width));
        var agent = await context.NewPageAsync();
        await StaffKeys.SignInAsync(agent, "admin@demo.sud-avesnois.fr");
        await agent.GotoAsync("/gestion");
        await agent.GetByRole(AriaRole.Link, new() { Name = "Entreprises à vérifier" }).First.ClickAsync();
        await CheckAsync(agent, width, "companies-to-verify");
        await agent.GetByRole(AriaRole.Link, new() { Name = legalName }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Link, new() { Name = "kbis.pdf" })).ToBeVisibleAsync();
        await CheckAsync(agent, width, "company-agent");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Valider l'entreprise" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.Status)).ToContainTextAsync("L'entreprise est vérifiée");
        await context.CloseAsync();
    }

    private static BrowserNewContextOptions At(int width) =>
        new()
        {
            ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 740 : 900 },
            IsMobile = width < 600,
            HasTouch = width < 600,
        };

    /// <summary>Axe finds nothing, the page does not scroll sideways, and a screenshot is kept.</summary>
    private static async Task CheckAsync(IPage page, int width, string name)
    {
        await Screenshots.KeepAsync(page, $"{name}-{width}");
        await Axe.AssertNoViolationsAsync(page);
        await Layout.AssertNoSidewaysScrollAsync(page, width);
    }
}
