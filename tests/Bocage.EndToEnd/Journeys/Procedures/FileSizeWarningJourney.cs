using System.Globalization;
using Bocage.EndToEnd.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bocage.EndToEnd.Journeys.Procedures;

/// <summary>
/// A photo over its field's limit is taken out of the input by <c>fill.js</c> before anything is sent, with the
/// field's own warning at the field; a file within the limit clears the warning. Axe on the page with the warning.
/// </summary>
public sealed class FileSizeWarningJourney(BrowserHost host) : BrowserTest(host)
{
    [Fact]
    public async Task A_file_over_the_fields_limit_is_refused_at_the_field_before_sending()
    {
        await OpenAsync("/demarches/signalement-voirie-eclairage");
        await Page.GetByLabel("Votre adresse e-mail").FillAsync("journey.taille@exemple.fr");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Commencer la démarche" }).ClickAsync();
        var photo = Page.GetByLabel("Photo");
        var max = long.Parse(await photo.GetAttributeAsync("data-max-bytes") ?? "0", CultureInfo.InvariantCulture);
        Assert.True(max > 0);
        var warning = Page.Locator("#r_photo-taille");
        await Expect(warning).ToBeHiddenAsync();
        var requests = 0;
        Page.Request += (_, request) =>
        {
            if (request.Method == "POST")
            {
                requests++;
            }
        };

        // Handing Chromium a file of the field's limit (10 MB) is slow on a busy machine: this waits within the
        // context's bound (BrowserHost.Patience), which once was 5 s and failed a clean clone under load.
        await photo.SetInputFilesAsync(
            new FilePayload
            {
                Name = "constat.pdf",
                MimeType = "application/pdf",
                Buffer = new byte[max + 1],
            }
        );

        await Expect(warning).ToBeVisibleAsync();
        await Expect(warning).ToContainTextAsync("Le fichier dépasse la taille maximale de");
        await Expect(photo).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(0, await photo.EvaluateAsync<int>("input => input.files.length"));
        Assert.Contains("r_photo-taille", await photo.GetAttributeAsync("aria-describedby") ?? "");
        Assert.Equal(0, requests);
        await Axe.AssertNoViolationsAsync(Page);

        await photo.SetInputFilesAsync(
            new FilePayload
            {
                Name = "petit.pdf",
                MimeType = "application/pdf",
                Buffer = "%PDF-1.4\n%%EOF\n"u8.ToArray(),
            }
        );
        await Expect(warning).ToBeHiddenAsync();
        await Expect(photo).Not.ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(1, await photo.EvaluateAsync<int>("input => input.files.length"));
    }
}
