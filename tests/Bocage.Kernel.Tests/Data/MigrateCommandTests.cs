using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Data;

public sealed class MigrateCommandTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_migrate_command_brings_the_database_up_to_date_and_exits(DatabaseProvider provider)
    {
        using var app = new BocageFactory(provider)
            .With("Database:MigrateOnStartup", "false")
            .With("Database:SeedDemo", "false");
        using (var before = app.Services.CreateScope())
        {
            Assert.NotEmpty(
                await before.ServiceProvider.GetRequiredService<KernelDb>().Database.GetPendingMigrationsAsync()
            );
        }

        var (exitCode, output) = await HostCommand.RunAsync(["migrate"], provider, app.ConnectionString);

        Assert.Equal(0, exitCode);
        Assert.Contains("Base de données à jour", output);
        using var after = app.Services.CreateScope();
        Assert.Empty(await after.ServiceProvider.GetRequiredService<KernelDb>().Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task The_audit_verify_command_reports_an_intact_log()
    {
        using var app = new BocageFactory(DatabaseProvider.Sqlite).With("Database:SeedDemo", "false");
        _ = app.Services;

        var (exitCode, output) = await HostCommand.RunAsync(
            ["audit", "verify"],
            DatabaseProvider.Sqlite,
            app.ConnectionString
        );

        Assert.Equal(0, exitCode);
        Assert.Contains("Journal d'audit intègre", output);
    }
}
