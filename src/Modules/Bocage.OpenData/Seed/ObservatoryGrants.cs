using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Seed;
using Bocage.OpenData.Domain.Observatory;

namespace Bocage.OpenData.Seed;

/// <summary>
/// Demo rights: the Fourmies agent reads and submits the indicators of the town hall and checks coverage
/// reports of Fourmies. The Trélon agent gets nothing here: staff of an organisation an indicator is not
/// shared with do not see it.
/// </summary>
internal static class ObservatoryGrants
{
    private static readonly (string Email, string Permission, GrantScope Scope)[] All =
    [
        (
            "agent.fourmies@demo.sud-avesnois.fr",
            ObservatoryPermissions.Read,
            GrantScope.Organisation("mairie-fourmies")
        ),
        (
            "agent.fourmies@demo.sud-avesnois.fr",
            ObservatoryPermissions.Submit,
            GrantScope.Organisation("mairie-fourmies")
        ),
        (
            "agent.fourmies@demo.sud-avesnois.fr",
            ObservatoryPermissions.ReviewCoverage,
            GrantScope.Organisation("mairie-fourmies")
        ),
    ];

    public static async Task SeedAsync(AccountsDb accounts, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var (email, permission, scope) in All)
        {
            await DemoGrants.EnsureAsync(accounts, email, permission, scope, now, cancellationToken);
        }
    }
}
