using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Procedures.Domain.Designer;
using Bocage.Procedures.Tests.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Procedures.Tests.Designer;

/// <summary>Signs a demo agent in (enrolling the authenticator staff must have) and gives designer rights.</summary>
internal static class DesignerSession
{
    public static Task<Browser> SignInAsync(BocageFactory app, string email) => ProcedureSteps.AgentAsync(app, email);

    public static async Task GrantAsync(BocageFactory app, string email, string organisation)
    {
        using var scope = app.Services.CreateScope();
        var account = await scope.ServiceProvider.GetRequiredService<UserManager<Account>>().FindByEmailAsync(email);
        var db = scope.ServiceProvider.GetRequiredService<AccountsDb>();
        db.Grants.Add(
            new Grant(
                account!.Id,
                DesignerService.Permission,
                GrantScope.Organisation(organisation),
                DateTime.UtcNow,
                "test"
            )
        );
        await db.SaveChangesAsync();
    }

    /// <summary>Creates a draft procedure in the designer; returns its editor's address.</summary>
    public static async Task<string> CreateAsync(Browser browser, string title, string commune = "59249")
    {
        using var created = await browser.SubmitAsync(
            "/gestion/demarches/conception/nouvelle",
            new Dictionary<string, string>
            {
                ["Input.Title"] = title,
                ["Input.Description"] = "Inscription des enfants aux mercredis récréatifs.",
                ["Input.Theme"] = "enfance",
                ["Input.Commune"] = commune,
                ["Input.Service"] = "",
                ["Input.Audience"] = "Account",
                ["Input.Opens"] = "2026-09-01",
            },
            "/gestion/demarches/conception/nouvelle"
        );
        return created.RequestMessage!.RequestUri!.AbsolutePath;
    }
}
