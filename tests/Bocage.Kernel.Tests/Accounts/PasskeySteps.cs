using System.Net;
using Bocage.Kernel.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Accounts;

/// <summary>What the passkey tests do again and again: a browser that sends Origin, passkeys put in place.</summary>
internal static class PasskeySteps
{
    public const string Password = "Bocage-demo-2026";

    /// <summary>Browsers send Origin on every POST; Identity checks the passkey's origin against it.</summary>
    public static Browser WebBrowser(BocageFactory app)
    {
        var browser = app.Browser();
        browser.Client.DefaultRequestHeaders.Add("Origin", "http://localhost");
        return browser;
    }

    public static async Task<string> OptionsAsync(Browser browser)
    {
        using var response = await browser.SubmitAsync(
            "/connexion?handler=PasskeyOptions",
            new Dictionary<string, string>(),
            "/connexion"
        );
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return browser.LastPage;
    }

    public static async Task AssertSignedOutAsync(Browser browser)
    {
        using var account = await browser.GetAsync("/compte");
        Assert.Equal("/connexion", account.RequestMessage!.RequestUri!.AbsolutePath);
    }

    public static async Task<Account> FindAsync(BocageFactory app, string email)
    {
        using var scope = app.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<Account>>().FindByEmailAsync(email))!;
    }

    public static async Task<string> AddPasskeyAsync(
        BocageFactory app,
        string email,
        SoftwareAuthenticator authenticator,
        string name
    )
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = (await users.FindByEmailAsync(email))!;
        Assert.True((await users.AddOrUpdatePasskeyAsync(account, authenticator.Passkey(name))).Succeeded);
        return account.Id;
    }

    public static async Task<int> PasskeyCountAsync(BocageFactory app, string accountId)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        return (await users.GetPasskeysAsync((await users.FindByIdAsync(accountId))!)).Count;
    }

    public static async Task CreateInhabitantAsync(BocageFactory app, string email)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = new Account
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            GivenName = "Sam",
            FamilyName = "Autre",
            CreatedAt = DateTime.UtcNow,
        };
        Assert.True((await users.CreateAsync(account, Password)).Succeeded);
    }
}
