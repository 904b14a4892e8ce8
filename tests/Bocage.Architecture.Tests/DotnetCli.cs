using System.Diagnostics;
using System.Text;

namespace Bocage.Architecture.Tests;

/// <summary>
/// Runs the <c>dotnet</c> command line in a folder, bounded in time, and fails the test with its output.
/// </summary>
internal static class DotnetCli
{
    public static void Run(string folder, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // The test runs under `dotnet test`, whose MSBuild variables would point a nested build at the
        // wrong SDK parts; the child gets a clean MSBuild environment.
        foreach (
            var key in start
                .Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase))
                .ToList()
        )
        {
            start.Environment.Remove(key);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var command = $"dotnet {string.Join(' ', arguments)}";
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"{command} did not finish within {timeout.TotalMinutes} min:\n{Tail(output)}");
        }
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{command} failed ({process.ExitCode}):\n{Tail(output)}");
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    /// <summary>
    /// The errors first (a build prints them last but they are what a reader needs), then the end of the output.
    /// </summary>
    private static string Tail(StringBuilder output)
    {
        string text;
        lock (output)
        {
            text = output.ToString();
        }
        var errors = text.Split('\n').Where(l => l.Contains(" error ", StringComparison.Ordinal)).Distinct().Take(30);
        return string.Join('\n', errors) + "\n…\n" + text[Math.Max(0, text.Length - 4000)..];
    }
}
