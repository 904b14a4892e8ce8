using System.Net;
using System.Text.RegularExpressions;
using Bocage.Kernel.Mail;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Files;
using Bocage.Procedures.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Procedures.Tests.Http;

/// <summary>An applicant's and an agent's steps through HTTP, shared by the engine's tests.</summary>
internal static partial class ProcedureSteps
{
    public const string Password = "Bocage-demo-2026";
    public const string BinPath = "/demarches/" + DemoProcedures.Bin;

    [GeneratedRegex(@"/demarches/dossier/([0-9a-f-]{36})")]
    private static partial Regex FilePath();

    [GeneratedRegex(@"\b([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})\b")]
    private static partial Regex Code();

    public static readonly Dictionary<string, string> BinPage1 = new()
    {
        ["r.nom"] = "Léa Martin",
        ["r.telephone"] = "03 27 60 00 00",
        ["r.adresse.rue"] = "1 rue Verte",
        ["r.adresse.code-postal"] = "59610",
        ["r.adresse.commune"] = "59249",
        ["aller"] = "suivant",
    };

    public static readonly Dictionary<string, string> BinPage2 = new()
    {
        ["r.type"] = "tri",
        ["r.motif"] = "nouveau",
        ["r.honneur"] = "oui",
        ["aller"] = "suivant",
    };

    /// <summary>Starts the bin request without an account; returns the file id.</summary>
    public static async Task<Guid> StartAnonymouslyAsync(Browser browser, string email, string path = BinPath)
    {
        using var started = await browser.SubmitAsync(path, new Dictionary<string, string> { ["Email"] = email }, path);
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        return Guid.Parse(FilePath().Match(started.RequestMessage!.RequestUri!.AbsolutePath).Groups[1].Value);
    }

    public static async Task<string> SubmitBinAsync(Browser browser, Guid file)
    {
        var page0 = $"/demarches/dossier/{file}/etape/0";
        await browser.SubmitAsync(page0, BinPage1, page0);
        var page1 = $"/demarches/dossier/{file}/etape/1";
        using var review = await browser.SubmitAsync(page1, BinPage2, page1);
        Assert.Equal($"/demarches/dossier/{file}/recapitulatif", review.RequestMessage!.RequestUri!.AbsolutePath);
        using var submitted = await browser.SubmitAsync(
            $"/demarches/dossier/{file}/recapitulatif",
            new Dictionary<string, string>()
        );
        return Regex.Match(browser.LastPage, @"CCSA-\d{4}-\d{6}").Value;
    }

    public static async Task<string> TrackingCodeAsync(BocageFactory app, string email)
    {
        using var scope = app.Services.CreateScope();
        var mail = await scope
            .ServiceProvider.GetRequiredService<KernelDb>()
            .MailMessages.AsNoTracking()
            .Where(m => m.Recipient == email && m.Category == "procedures.code-suivi")
            .OrderByDescending(m => m.Id)
            .FirstAsync();
        return Code().Match(mail.TextBody).Value;
    }

    /// <summary>Signs an agent in with a freshly enrolled authenticator.</summary>
    public static async Task<Browser> AgentAsync(BocageFactory app, string email)
    {
        var browser = app.Browser();
        await browser.SignInAsStaffAsync(email, Password);
        return browser;
    }

    public static async Task<ProcedureFile> FileAsync(BocageFactory app, Guid id)
    {
        using var scope = app.Services.CreateScope();
        return await scope
            .ServiceProvider.GetRequiredService<ProceduresDb>()
            .Files.AsNoTracking()
            .Include(f => f.Revisions)
            .Include(f => f.Events)
            .SingleAsync(f => f.Id == id);
    }

    public static string Decoded(Browser browser) => WebUtility.HtmlDecode(browser.LastPage);

    [GeneratedRegex(@"name=""stamp"" value=""([0-9a-f-]{36})""")]
    private static partial Regex Stamp();

    /// <summary>The version stamp a file page's forms carry, which the agent's actions must send back.</summary>
    public static string StampOf(string page) => Stamp().Match(page).Groups[1].Value;

    /// <summary>
    /// The mails written for <paramref name="email"/>, oldest first, once the engine's events (receipt) are handled.
    /// </summary>
    public static async Task<List<OutgoingMail>> MailsToAsync(BocageFactory app, string email)
    {
        await app.Services.SettleOutboxAsync();
        using var scope = app.Services.CreateScope();
        return await scope
            .ServiceProvider.GetRequiredService<KernelDb>()
            .MailMessages.AsNoTracking()
            .Where(m => m.Recipient == email)
            .OrderBy(m => m.Id)
            .ToListAsync();
    }

    /// <summary>
    /// The mails to that address once <paramref name="until"/> holds of them, or after 15 s: the outbox worker may
    /// be handling the event that writes the awaited mail while the test drains the outbox.
    /// </summary>
    public static async Task<List<OutgoingMail>> MailsToAsync(
        BocageFactory app,
        string email,
        Func<List<OutgoingMail>, bool> until
    )
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var mails = await MailsToAsync(app, email);
            if (until(mails) || DateTime.UtcNow > deadline)
            {
                return mails;
            }
            await Task.Delay(100);
        }
    }
}
