using Bocage.EndToEnd.Hosting;
using Bocage.Kernel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Bocage.EndToEnd.Journeys.Accounts;

/// <summary>
/// What a person does again and again on the account pages, done as they would: by labels and buttons.
/// </summary>
internal static class AccountSteps
{
    public const string DemoPassword = "Bocage-demo-2026";

    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/connexion");
        await FillSignInAsync(page, email, password);
    }

    /// <summary>On the sign-in page, wherever it was reached from.</summary>
    public static async Task FillSignInAsync(IPage page, string email, string password)
    {
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel("Mot de passe (obligatoire)", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter", Exact = true }).ClickAsync();
    }

    /// <summary>Scans nothing: reads the key printed under the QR code and types the current code.</summary>
    public static async Task<string> EnrolAuthenticatorAsync(IPage page)
    {
        var key = (await page.Locator("#cle-partagee").TextContentAsync())!.Trim();
        await page.GetByLabel("Code à six chiffres").FillAsync(Bocage.Testing.Totp.Now(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Activer" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Codes de secours" }).WaitForAsync();
        return key;
    }

    /// <summary>The link of the last mail sent to this address, as the person would click it.</summary>
    public static async Task<string> MailedLinkAsync(BrowserHost host, string to) =>
        new Uri(Regex.Match((await LastMailAsync(host, to)).TextBody, @"https?://\S+").Value).PathAndQuery;

    /// <summary>The last mail sent to this address: what the person finds at the top of their mailbox.</summary>
    public static async Task<Bocage.Kernel.Mail.OutgoingMail> LastMailAsync(BrowserHost host, string to)
    {
        using var scope = host.Services.CreateScope();
        return await scope
            .ServiceProvider.GetRequiredService<KernelDb>()
            .MailMessages.AsNoTracking()
            .Where(m => m.Recipient == to)
            .OrderByDescending(m => m.Id)
            .FirstAsync();
    }

    /// <summary>
    /// The mail about <paramref name="subject"/> once it is written: mails sent from an outbox event come a moment
    /// after the page that caused them. Polled, bounded by <see cref="BrowserHost.Patience"/>.
    /// </summary>
    public static async Task<Bocage.Kernel.Mail.OutgoingMail> MailAboutAsync(
        BrowserHost host,
        string to,
        string subject
    )
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            using (var scope = host.Services.CreateScope())
            {
                var mail = await scope
                    .ServiceProvider.GetRequiredService<KernelDb>()
                    .MailMessages.AsNoTracking()
                    .Where(m => m.Recipient == to && m.Subject.Contains(subject))
                    .OrderByDescending(m => m.Id)
                    .FirstOrDefaultAsync();
                if (mail is not null)
                {
                    return mail;
                }
            }
            Assert.True(waited.Elapsed.TotalMilliseconds < BrowserHost.Patience, $"No mail about {subject} to {to}.");
            await Task.Delay(200);
        }
    }

    /// <summary>
    /// A confirmed inhabitant account, as if the person had signed up and opened the mailed link (that path has
    /// its own journey): the journeys that start from an account begin here.
    /// </summary>
    public static async Task<string> ConfirmedAccountAsync(BrowserHost host, string givenName, string familyName)
    {
        var email = $"compte.{Guid.NewGuid():N}@exemple.fr";
        await Bocage.Testing.TestAccounts.CreateConfirmedAsync(
            host.Services,
            email,
            givenName,
            familyName,
            DemoPassword
        );
        return email;
    }
}
