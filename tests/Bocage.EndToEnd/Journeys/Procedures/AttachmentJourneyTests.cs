using System.Text;
using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Procedures;

/// <summary>
/// An applicant reports a broken street light with a photo of the report as a PDF: a file that is not a PDF
/// is refused at its field with what was typed kept, the right one is shown by name, listed on the review
/// page, submitted, and downloaded back from the file's page. Axe on every page visited.
/// </summary>
public sealed class AttachmentJourneyTests(BrowserHost host) : BrowserTest(host)
{
    private static readonly byte[] Report = Bocage.Testing.SampleFiles.Pdf;

    [Fact]
    public async Task An_applicant_attaches_a_PDF_after_a_refused_file_and_finds_it_in_the_submitted_file()
    {
        await OpenAsync("/demarches/signalement-voirie-eclairage");
        await Page.GetByLabel("Votre adresse e-mail").FillAsync("journey.piece@exemple.fr");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Commencer la démarche" }).ClickAsync();
        await Page.GetByLabel("Éclairage public").CheckAsync();
        await Page.Locator("#r_commune").SelectOptionAsync("59249");
        await Page.GetByLabel("Numéro et voie").FillAsync("12 rue de la Gare");
        await Page.GetByLabel("Code postal").FillAsync("59610");
        await Page.Locator("#r_adresse_commune").SelectOptionAsync("59249");
        await Page.GetByLabel("Description").FillAsync("Le lampadaire devant le numéro 12 ne s'allume plus.");
        await Page.GetByLabel("Photo")
            .SetInputFilesAsync(
                new FilePayload
                {
                    Name = "constat.pdf",
                    MimeType = "application/pdf",
                    Buffer = Encoding.ASCII.GetBytes("pas un PDF"),
                }
            );
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();

        await Expect(Page.Locator("#r_photo-erreur")).ToContainTextAsync("ne correspond pas à un PDF");
        await Expect(Page.GetByLabel("Description"))
            .ToHaveValueAsync("Le lampadaire devant le numéro 12 ne s'allume plus.");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByLabel("Photo")
            .SetInputFilesAsync(
                new FilePayload
                {
                    Name = "constat.pdf",
                    MimeType = "application/pdf",
                    Buffer = Report,
                }
            );
        await Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "constat.pdf" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Retirer le fichier « constat.pdf »" }))
            .ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();

        await Page.GetByLabel("Adresse électronique").FillAsync("journey.piece@exemple.fr");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vérifiez vos réponses");
        await Expect(Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^constat\\.pdf \\(") }))
            .ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Envoyer ma demande" }).ClickAsync();

        var link = Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^constat\\.pdf \\(") });
        await Expect(link).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(Page);
        var download = await Context.APIRequest.GetAsync(Host.BaseUrl + await link.GetAttributeAsync("href"));
        Assert.Equal(200, download.Status);
        Assert.Equal(Report, await download.BodyAsync());
        var stranger = await Host.NewContextAsync();
        var refused = await stranger.APIRequest.GetAsync(Host.BaseUrl + await link.GetAttributeAsync("href"));
        Assert.Equal(404, refused.Status);
        await stranger.CloseAsync();
    }
}
