using System.Diagnostics;
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

        var (exitCode, output) = await RunHostAsync(["migrate"], provider, app.ConnectionString);

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

        var (exitCode, output) = await RunHostAsync(["audit", "verify"], DatabaseProvider.Sqlite, app.ConnectionString);

        Assert.Equal(0, exitCode);
        Assert.Contains("Journal d'audit intègre", output);
    }

    private static async Task<(int ExitCode, string Output)> RunHostAsync(
        string[] args,
        DatabaseProvider provider,
        string connectionString
    )
    {
        var dll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["Database__Provider"] = provider.ToString();
        start.Environment["ConnectionStrings__Bocage"] = connectionString;
        start.Environment["Database__MigrateOnStartup"] = "false";
        start.Environment["Database__SeedDemo"] = "false";
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
