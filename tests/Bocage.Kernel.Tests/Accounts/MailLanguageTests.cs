using Bocage.Kernel.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Accounts;

public sealed class MailLanguageTests
{
    private const string Inhabitant = "habitant@demo.sud-avesnois.fr";

    private static async Task<string> PreferenceAsync(BocageFactory app, string email)
    {
        using var scope = app.Services.CreateScope();
        return await scope
            .ServiceProvider.GetRequiredService<AccountsDb>()
            .Users.AsNoTracking()
            .Where(a => a.Email == email)
            .Select(a => a.PreferredLanguage)
            .SingleAsync();
    }

    private static async Task<string> LastSubjectAsync(BocageFactory app, string to)
    {
        using var scope = app.Services.CreateScope();
        return await scope
            .ServiceProvider.GetRequiredService<KernelDb>()
            .MailMessages.AsNoTracking()
            .Where(m => m.Recipient == to)
            .OrderByDescending(m => m.Id)
            .Select(m => m.Subject)
            .FirstAsync();
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Someone_signing_up_in_English_is_stored_as_English_and_mailed_in_English(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var browser = app.Browser();
        await browser.GetAsync("/langue/en");

        await browser.SubmitAsync(
            "/inscription",
            new Dictionary<string, string>
            {
                ["Input.GivenName"] = "Jane",
                ["Input.FamilyName"] = "Doe",
                ["Input.Email"] = "jane@example.org",
                ["Input.Password"] = "a long enough pass phrase",
                ["Input.PasswordConfirm"] = "a long enough pass phrase",
            },
            "/inscription"
        );

        Assert.Equal("en", await PreferenceAsync(app, "jane@example.org"));
        Assert.Equal("Confirm your address — Sud Avesnois", await LastSubjectAsync(app, "jane@example.org"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_language_switch_and_my_account_change_the_language_of_the_mails_whatever_page_asks(
        DatabaseProvider db
    )
    {
        using var app = new BocageFactory(db);
        var browser = app.Browser();
        await browser.SignInAsync(Inhabitant, "Bocage-demo-2026");
        Assert.Equal("fr", await PreferenceAsync(app, Inhabitant));

        await browser.GetAsync("/langue/nl?retour=/compte");
        Assert.Equal("nl", await PreferenceAsync(app, Inhabitant));
        var french = app.Browser();
        await french.SubmitAsync(
            "/mot-de-passe-oublie",
            new Dictionary<string, string> { ["Input.Email"] = Inhabitant },
            "/mot-de-passe-oublie"
        );
        Assert.Equal("Een nieuw wachtwoord kiezen — Sud Avesnois", await LastSubjectAsync(app, Inhabitant));

        await browser.SubmitAsync(
            "/compte?handler=Language",
            new Dictionary<string, string> { ["language"] = "en" },
            "/compte"
        );
        Assert.Equal("en", await PreferenceAsync(app, Inhabitant));
        await french.SubmitAsync(
            "/mot-de-passe-oublie",
            new Dictionary<string, string> { ["Input.Email"] = Inhabitant },
            "/mot-de-passe-oublie"
        );
        Assert.Equal("Choose a new password — Sud Avesnois", await LastSubjectAsync(app, Inhabitant));

        await browser.SubmitAsync(
            "/compte?handler=Language",
            new Dictionary<string, string> { ["language"] = "xx" },
            "/compte"
        );
        Assert.Equal("en", await PreferenceAsync(app, Inhabitant));
    }
}
