using Bocage.Kernel.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Accounts;

/// <summary>Demo accounts (password published in the README) never reach a production site by default.</summary>
public sealed class DemoDataTests
{
    private const string Administrator = "admin@demo.sud-avesnois.fr";
    private const string Password = "Bocage-demo-2026";

    private static async Task<int> DemoAccountCountAsync(BocageFactory app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDb>();
        return await db.Users.CountAsync(a => a.NormalizedEmail!.EndsWith(DemoAccounts.NormalizedDomain));
    }

    private static string Messages(Exception error) =>
        error.InnerException is null ? error.Message : $"{error.Message} | {Messages(error.InnerException)}";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Production_without_settings_has_no_demo_account_and_the_demo_administrator_cannot_sign_in(
        DatabaseProvider db
    )
    {
        using var app = new BocageFactory(db).With("environment", "Production");
        var browser = app.Browser();

        await browser.SignInAsync(Administrator, Password);

        Assert.Equal(0, await DemoAccountCountAsync(app));
        Assert.Contains("Adresse électronique ou mot de passe incorrect", browser.LastPage);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public void Production_asked_for_demo_data_refuses_to_start(DatabaseProvider db)
    {
        using var app = new BocageFactory(db).With("environment", "Production").With("Database:SeedDemo", "true");

        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains("Refusing to start in Production", Messages(error));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Production_refuses_a_database_that_already_holds_demo_accounts(DatabaseProvider db)
    {
        using var demo = new BocageFactory(db);
        Assert.True(await DemoAccountCountAsync(demo) > 0);
        using var production = new BocageFactory(db)
            .With("environment", "Production")
            .With("ConnectionStrings:Bocage", demo.ConnectionString)
            .With("Files:Root", demo.FilesRoot);

        var error = Assert.ThrowsAny<Exception>(() => production.Services);

        Assert.Contains("demo accounts (@demo.sud-avesnois.fr) exist", Messages(error));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_deliberate_demo_site_in_production_starts_with_its_demo_accounts(DatabaseProvider db)
    {
        using var app = new BocageFactory(db)
            .With("environment", "Production")
            .With("Database:SeedDemo", "true")
            .With("Database:AllowDemoAccountsInProduction", "true");

        Assert.True(await DemoAccountCountAsync(app) > 0);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_test_environment_still_gets_the_demo_accounts_by_default(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);

        // Six kernel accounts, plus those engines add (the open-data partner).
        Assert.True(await DemoAccountCountAsync(app) >= 6);
    }
}
