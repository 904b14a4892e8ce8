using System.Diagnostics;
using Xunit;

namespace Bocage.Testing;

/// <summary>
/// Runs a validator someone else wrote, installed by test.sh in <c>tests/validators</c> (npm, pinned by its
/// package-lock.json), over files a test wrote; bounded in time.
/// </summary>
public static class ExternalValidator
{
    public static string Folder => Path.Combine(RepositoryFolders.Root, "tests", "validators");

    /// <summary>The program's exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string program, params string[] arguments)
    {
        Assert.True(
            Directory.Exists(Path.Combine(Folder, "node_modules")),
            "The validators are not installed: run ./test.sh (it runs npm ci in tests/validators)."
        );
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Only the package registries are reachable: no telemetry, no update check.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["NO_UPDATE_NOTIFIER"] = "1";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
