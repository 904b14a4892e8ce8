using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Bocage.Web.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Companies;

/// <summary>Keeps the e-mails the application sends, so that a test can follow their links.</summary>
internal sealed partial class RecordingMailer : IAccountMailer
{
    public sealed record Mail(string To, string Subject, string Body, string Category);

    [GeneratedRegex(@"https?://\S+?(/entreprise/invitation\?code=\S+)")]
    private static partial Regex InvitationLink();

    public ConcurrentQueue<Mail> Sent { get; } = new();

    public Task SendAsync(
        string to,
        string subject,
        string body,
        string category,
        CancellationToken cancellationToken = default
    )
    {
        Sent.Enqueue(new Mail(to, subject, body, category));
        return Task.CompletedTask;
    }

    /// <summary>The path of the last invitation link sent to the address.</summary>
    public string InvitationPathFor(string to)
    {
        var mail = Sent.Last(m => m.To == to && m.Category == "company.invite");
        var link = InvitationLink().Match(mail.Body);
        Assert.True(link.Success, "no invitation link in: " + mail.Body);
        return link.Groups[1].Value;
    }
}

/// <summary>
/// The application on its own database, with the e-mails kept in memory and helpers for the company journeys.
/// </summary>
internal sealed class CompanyApp : IDisposable
{
    public const string Owner = "habitant@demo.sud-avesnois.fr";
    public const string Password = "Bocage-demo-2026";
    public const string Siret = "732 829 320 00074";

    private readonly BocageFactory _factory;

    public CompanyApp(DatabaseProvider db)
    {
        _factory = new BocageFactory(db);
        App = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IAccountMailer>(Mails)));
    }

    public WebApplicationFactory<Program> App { get; }

    public RecordingMailer Mails { get; } = new();

    public Browser Browser() => new(App.CreateClient());

    public async Task<Browser> SignedInAsync(string email)
    {
        var browser = Browser();
        using var response = await browser.SignInAsync(email, Password);
        Assert.Equal("/compte", response.RequestMessage!.RequestUri!.AbsolutePath);
        return browser;
    }

    /// <summary>A confirmed inhabitant account, as if they had signed up and opened the confirmation link.</summary>
    public Task CreateAccountAsync(string email, string givenName, string familyName) =>
        TestAccounts.CreateConfirmedAsync(App.Services, email, givenName, familyName, Password);

    public static Task<HttpResponseMessage> RegisterAsync(Browser browser, string siret, string legalName) =>
        browser.SubmitAsync(
            "/compte/entreprise?handler=Register",
            new Dictionary<string, string> { ["Register.Siret"] = siret, ["Register.LegalName"] = legalName },
            "/compte/entreprise"
        );

    public static Task<HttpResponseMessage> InviteAsync(Browser browser, string email) =>
        browser.SubmitAsync(
            "/compte/entreprise?handler=Invite",
            new Dictionary<string, string> { ["Invite.Email"] = email },
            "/compte/entreprise"
        );

    /// <summary>
    /// The owner (the demo inhabitant) registers the company and brings in a member who accepts the e-mailed link.
    /// </summary>
    public async Task<(Browser Owner, Browser Member)> CompanyWithMemberAsync(
        string memberEmail = "salome.martin@exemple.fr"
    )
    {
        var owner = await SignedInAsync(Owner);
        await RegisterAsync(owner, Siret, "Ateliers du Bocage");
        await CreateAccountAsync(memberEmail, "Salomé", "Martin");
        await InviteAsync(owner, memberEmail);
        var member = await SignedInAsync(memberEmail);
        await member.SubmitAsync(
            "/entreprise/invitation",
            new Dictionary<string, string> { ["code"] = CodeOf(Mails.InvitationPathFor(memberEmail)) },
            Mails.InvitationPathFor(memberEmail)
        );
        Assert.Contains(
            "Vous faites maintenant partie de l'entreprise",
            System.Net.WebUtility.HtmlDecode(member.LastPage)
        );
        return (owner, member);
    }

    public static string CodeOf(string invitationPath) =>
        Uri.UnescapeDataString(invitationPath[(invitationPath.IndexOf("code=", StringComparison.Ordinal) + 5)..]);

    /// <summary>The account id of the member listed first in a page's remove or transfer forms.</summary>
    public static string MemberIdIn(string page) =>
        Regex.Match(page, "name=\"member\" value=\"([^\"]+)\"").Groups[1].Value;

    public void Dispose() => _factory.Dispose();
}
