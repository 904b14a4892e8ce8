using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Bocage.Kernel.Tests.Mail;

/// <summary>
/// A real SMTP server (Postfix's smtp-sink) that dumps every mail it accepts to a file: the one
/// test.sh starts for the whole run, or one of a test's own that it can stop and start again
/// without disturbing the tests running beside it. Both go through tests/services/smtp.sh.
/// </summary>
internal sealed class SmtpTestServer : IAsyncDisposable
{
    public const string AddressVariable = "BOCAGE_TEST_SMTP";
    public const string DirectoryVariable = "BOCAGE_TEST_SMTP_DIR";

    private readonly bool _own;

    private SmtpTestServer(string host, int port, string directory, bool own)
    {
        Host = host;
        Port = port;
        Directory = directory;
        _own = own;
    }

    public string Host { get; }

    public int Port { get; }

    /// <summary>Where smtp-sink writes one file per mail: the envelope (X-Rcpt-Args…) then the message.</summary>
    public string Directory { get; }

    public static SmtpTestServer Shared()
    {
        var address = Required(AddressVariable);
        var directory = Required(DirectoryVariable);
        var colon = address.LastIndexOf(':');
        return new SmtpTestServer(
            address[..colon],
            int.Parse(address[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture),
            directory,
            own: false
        );
    }

    /// <summary>A server of the test's own, on a free loopback port, beside the shared one's folder.</summary>
    public static async Task<SmtpTestServer> StartOwnAsync()
    {
        var shared = Shared();
        var directory = Path.Combine(Path.GetDirectoryName(shared.Directory)!, $"smtp-{Guid.NewGuid():N}");
        for (var attempt = 1; ; attempt++)
        {
            var server = new SmtpTestServer("127.0.0.1", FreePort(), directory, own: true);
            try
            {
                await server.StartAsync();
                return server;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // Another process took the free port between our probe and smtp-sink's bind: pick another.
            }
        }
    }

    public Task StartAsync() =>
        RunScriptAsync("start", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), Directory);

    public Task StopAsync() => RunScriptAsync("stop", Directory);

    /// <summary>
    /// The mails whose envelope recipient is <paramref name="recipient"/>, as the server received them.
    /// </summary>
    public IReadOnlyList<ReceivedMail> For(string recipient) =>
        System.IO.Directory.Exists(Directory)
            ? System
                .IO.Directory.EnumerateFiles(Directory)
                .Select(f => (File: f, Raw: File.ReadAllText(f)))
                .Where(d => d.Raw.Contains($"X-Rcpt-Args: <{recipient}>", StringComparison.OrdinalIgnoreCase))
                .Select(d => new ReceivedMail(d.Raw, MimeMessage.Load(d.File)))
                .ToList()
            : [];

    public async ValueTask DisposeAsync()
    {
        if (_own)
        {
            await StopAsync();
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    private static string Required(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{variable} is not set: run the tests through ./test.sh, which starts a test SMTP server (tests/services/smtp.sh)."
            );

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunScriptAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(ScriptPath());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.StandardOutput.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"smtp.sh {string.Join(' ', arguments)} failed: {await error}");
        }
    }

    private static string ScriptPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var script = Path.Combine(dir.FullName, "tests", "services", "smtp.sh");
            if (File.Exists(script))
            {
                return script;
            }
        }
        throw new InvalidOperationException("tests/services/smtp.sh not found above the test binaries.");
    }
}

/// <summary>
/// One mail as the SMTP server wrote it: the raw text (to see the encoding on the wire) and the parsed message.
/// </summary>
internal sealed record ReceivedMail(string Raw, MimeMessage Message);
