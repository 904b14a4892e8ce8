using Bocage.Kernel.Accounts;
using Bocage.Kernel.Companies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Companies;

public sealed class CompanyStorageTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Companies_are_stored_by_a_migration_in_the_accounts_tables(DatabaseProvider provider)
    {
        using var app = new BocageFactory(provider).With("Database:SeedDemo", "false");
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDb>();

        Assert.Contains(await db.Database.GetAppliedMigrationsAsync(), m =>
            m.EndsWith("_Companies", StringComparison.Ordinal)
        );
        Assert.False(
            db.Database.HasPendingModelChanges(),
            "the accounts model has changes no migration captures: add a migration for both providers"
        );
        var tables = new[] { typeof(Company), typeof(CompanyMember), typeof(CompanyInvitation) }
            .Select(t => db.Model.FindEntityType(t)!)
            .Select(e => (e.GetSchema(), e.GetTableName()))
            .ToList();
        Assert.Equal(
            provider == DatabaseProvider.Postgres
                ? [("accounts", "companies"), ("accounts", "company_members"), ("accounts", "company_invitations")]
                :
                [
                    (null, "accounts_companies"),
                    (null, "accounts_company_members"),
                    (null, "accounts_company_invitations"),
                ],
            tables
        );
        Assert.Equal(0, await db.Companies.CountAsync());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_database_refuses_a_second_company_with_the_same_siret(DatabaseProvider provider)
    {
        using var app = new BocageFactory(provider).With("Database:SeedDemo", "false");
        Assert.True(Siret.TryParse("73282932000074", out var siret));
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AccountsDb>();
            db.Companies.Add(Company.Register(siret, "Premier", "a", DateTime.UtcNow));
            await db.SaveChangesAsync();
        }
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AccountsDb>();
            db.Companies.Add(Company.Register(siret, "Second", "b", DateTime.UtcNow));

            // What protects two registrations of the same SIRET arriving at the same moment.
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }
}
