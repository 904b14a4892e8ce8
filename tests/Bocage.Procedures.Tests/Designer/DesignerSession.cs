using System.Text.RegularExpressions;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Procedures.Designer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Procedures.Tests.Designer;

/// <summary>Signs a demo agent in (enrolling the authenticator staff must have) and gives designer rights.</summary>
internal static partial class DesignerSession
{
    public const string Password = "Bocage-demo-2026";

    [GeneratedRegex("id=\"cle-partagee\">([a-z0-9 ]+)</code>")]
    private static partial Regex SharedKey();

    public static async Task<Browser> SignInAsync(BocageFactory app, string email)
    {
        var browser = app.Browser();
        await browser.SignInAsync(email, Password);
        var key = SharedKey().Match(browser.LastPage).Groups[1].Value;
        Assert.NotEmpty(key);
        await browser.SubmitAsync("/compte/double-authentification", new Dictionary<string, string> { ["Input.Code"] = Totp.Now(key) });
        return browser;
    }

    public static async Task GrantAsync(BocageFactory app, string email, string organisation)
    {
        using var scope = app.Services.CreateScope();
        var account = await scope.ServiceProvider.GetRequiredService<UserManager<Account>>().FindByEmailAsync(email);
        var db = scope.ServiceProvider.GetRequiredService<AccountsDb>();
        db.Grants.Add(new Grant(account!.Id, DesignerService.Permission, GrantScope.Organisation(organisation), DateTime.UtcNow, "test"));
        await db.SaveChangesAsync();
    }
}
