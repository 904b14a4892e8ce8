using Bocage.Kernel.Permissions;
using Bocage.Kernel.Seed;
using Microsoft.AspNetCore.Identity;

namespace Bocage.Kernel.Accounts;

/// <summary>
/// Accounts to click through the demo with (Database:SeedDemo only, never in production). Staff
/// accounts enrol their second factor at first sign-in, as real agents do.
/// </summary>
internal static class DemoAccounts
{
    public const string Password = "Bocage-demo-2026";

    /// <summary>Every demo address ends so (as Identity normalises it): how a production start finds them.</summary>
    public const string NormalizedDomain = "@DEMO.SUD-AVESNOIS.FR";

    private sealed record Demo(
        string Email,
        string GivenName,
        string FamilyName,
        AccountKind Kind,
        string? Permission,
        GrantScope? Scope
    );

    private static readonly Demo[] All =
    [
        new("habitant@demo.sud-avesnois.fr", "Camille", "Lefebvre", AccountKind.Inhabitant, null, null),
        new(Companies.DemoCompanies.BakeryOwner, "Louise", "Hennebert", AccountKind.Business, null, null),
        new(
            "admin@demo.sud-avesnois.fr",
            "Dominique",
            "Carpentier",
            AccountKind.Administrator,
            PermissionChecker.Administrator,
            GrantScope.Territory
        ),
        new(
            "agent.fourmies@demo.sud-avesnois.fr",
            "Sacha",
            "Delattre",
            AccountKind.Agent,
            Audit.AuditPermissions.Read,
            GrantScope.Organisation("mairie-fourmies")
        ),
        new(
            "agent.trelon@demo.sud-avesnois.fr",
            "Alix",
            "Vandenberghe",
            AccountKind.Agent,
            Audit.AuditPermissions.Read,
            GrantScope.Organisation("mairie-trelon")
        ),
        new(
            "elu@demo.sud-avesnois.fr",
            "Claude",
            "Moreau",
            AccountKind.Elected,
            DashboardPermissions.Read,
            GrantScope.Territory
        ),
        new(
            "mediateur@demo.sud-avesnois.fr",
            "Noa",
            "Dubois",
            AccountKind.Agent,
            Mandates.MandateScopes.MediatorPermission,
            GrantScope.Organisation("ccsa-mediation-numerique")
        ),
    ];

    public static async Task SeedAsync(UserManager<Account> users, AccountsDb db, TimeProvider clock)
    {
        foreach (var demo in All)
        {
            if (await users.FindByEmailAsync(demo.Email) is not null)
            {
                continue;
            }
            var account = new Account
            {
                UserName = demo.Email,
                Email = demo.Email,
                EmailConfirmed = true,
                GivenName = demo.GivenName,
                FamilyName = demo.FamilyName,
                Kind = demo.Kind,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            var created = await users.CreateAsync(account, Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Demo account {demo.Email}: {string.Join(", ", created.Errors.Select(e => e.Code))}"
                );
            }
            if (demo.Permission is not null)
            {
                await DemoGrants.EnsureAsync(
                    db,
                    demo.Email,
                    demo.Permission,
                    demo.Scope!,
                    clock.GetUtcNow().UtcDateTime
                );
            }
        }
    }
}
