using System.Diagnostics;

namespace Bocage.Kernel.Tests.Data;

/// <summary>Runs the site's command line (<c>dotnet Bocage.Web.dll migrate</c>…) on a test instance.</summary>
internal static class HostCommand
{
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string[] args,
        DatabaseProvider provider,
        string connectionString,
        string? filesRoot = null
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
        if (filesRoot is not null)
        {
            start.Environment["Files__Root"] = filesRoot;
        }
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
