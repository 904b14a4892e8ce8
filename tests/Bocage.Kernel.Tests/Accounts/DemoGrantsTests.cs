using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Accounts;

public sealed class DemoGrantsTests
{
    private const string Agent = "agent.trelon@demo.sud-avesnois.fr";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_demo_grant_is_given_once_and_an_unknown_account_gets_nothing(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        using var scope = app.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountsDb>();
        var now = DateTime.UtcNow;

        await DemoGrants.EnsureAsync(accounts, Agent, "tests.demo", GrantScope.Organisation("mairie-trelon"), now);
        // Again, even in another scope: a second start of the demo must not add a second grant or move the first.
        await DemoGrants.EnsureAsync(accounts, Agent.ToUpperInvariant(), "tests.demo", GrantScope.Territory, now);
        await DemoGrants.EnsureAsync(accounts, "nobody@demo.sud-avesnois.fr", "tests.demo", GrantScope.Territory, now);

        var grants = await accounts.Grants.AsNoTracking().Where(g => g.Permission == "tests.demo").ToListAsync();
        var grant = Assert.Single(grants);
        Assert.Equal("mairie-trelon", grant.OrganisationSlug);
        Assert.Equal("seed", grant.GrantedBy);
        Assert.Equal(
            grant.AccountId,
            await accounts.Users.Where(u => u.Email == Agent).Select(u => u.Id).SingleAsync()
        );
    }
}
