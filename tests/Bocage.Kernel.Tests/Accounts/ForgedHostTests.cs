using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Accounts;

/// <summary>
/// Mailed links come from Site:BaseUrl, whatever Host the request claims; production answers its own hosts only.
/// </summary>
public sealed partial class ForgedHostTests
{
    private const string Site = "https://services.sud-avesnois.test";

    [GeneratedRegex(@"https?://[^\s]+")]
    private static partial Regex Link();

    private static async Task<string> LastMailLinkAsync(BocageFactory app, string to)
    {
        using var scope = app.Services.CreateScope();
        var mail = await scope
            .ServiceProvider.GetRequiredService<KernelDb>()
            .MailMessages.AsNoTracking()
            .Where(m => m.Recipient == to)
            .OrderByDescending(m => m.Id)
            .FirstAsync();
        Assert.DoesNotContain("evil.example", mail.TextBody + mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
        return Link().Match(mail.TextBody).Value;
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_password_reset_asked_with_a_forged_host_mails_a_link_on_the_configured_site(DatabaseProvider db)
    {
        using var app = new BocageFactory(db).With("Site:BaseUrl", Site);
        var browser = app.Browser();

        await browser.SubmitAsync(
            "http://evil.example/mot-de-passe-oublie",
            new Dictionary<string, string> { ["Input.Email"] = "habitant@demo.sud-avesnois.fr" },
            "http://evil.example/mot-de-passe-oublie"
        );

        Assert.StartsWith(
            $"{Site}/mot-de-passe/nouveau?compte=",
            await LastMailLinkAsync(app, "habitant@demo.sud-avesnois.fr")
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_sign_up_with_a_forged_host_mails_its_confirmation_link_on_the_configured_site(
        DatabaseProvider db
    )
    {
        using var app = new BocageFactory(db).With("Site:BaseUrl", Site);
        var browser = app.Browser();

        await browser.SubmitAsync(
            "http://evil.example/inscription",
            new Dictionary<string, string>
            {
                ["Input.GivenName"] = "Léa",
                ["Input.FamilyName"] = "Martin",
                ["Input.Email"] = "lea.hote@exemple.fr",
                ["Input.Password"] = "une phrase de passe assez longue",
                ["Input.PasswordConfirm"] = "une phrase de passe assez longue",
            },
            "http://evil.example/inscription"
        );

        Assert.StartsWith($"{Site}/inscription/confirmer?compte=", await LastMailLinkAsync(app, "lea.hote@exemple.fr"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task In_production_a_foreign_host_is_refused_and_the_configured_one_served(DatabaseProvider db)
    {
        using var app = new BocageFactory(db).With("environment", "Production").With("Site:BaseUrl", Site);
        using var client = app.CreateClient();

        using var foreign = await client.GetAsync("http://evil.example/mot-de-passe-oublie");
        using var own = await client.GetAsync("https://services.sud-avesnois.test/mot-de-passe-oublie");
        using var probe = await client.GetAsync("http://127.0.0.1/health/live");

        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
    }
}
