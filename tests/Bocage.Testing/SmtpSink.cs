using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Bocage.Testing;

/// <summary>
/// A real SMTP server on loopback: Postfix's test server smtp-sink (Debian package postfix), which
/// accepts every message and dumps each to a file. Tests stop and restart it to play an outage.
/// </summary>
public sealed class SmtpSink : IDisposable
{
    public const string Variable = "BOCAGE_SMTP_SINK";

    private Process? _process;

    public int Port { get; } = FreePort();

    public string DumpDirectory { get; } = Path.Combine(Path.GetTempPath(), $"bocage-smtp-{Guid.NewGuid():N}");

    public static string Binary() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path && File.Exists(path)
            ? path
            : throw new InvalidOperationException($"{Variable} is not set: run the tests through ./test.sh, which installs Postfix's smtp-sink.");

    public void Start()
    {
        Directory.CreateDirectory(DumpDirectory);
        if (!OperatingSystem.IsWindows())
        {
            // smtp-sink drops to "nobody", which must be able to write the dumps.
            File.SetUnixFileMode(DumpDirectory, (UnixFileMode)0b111_111_111);
        }
        var start = new ProcessStartInfo(Binary()) { RedirectStandardError = true, RedirectStandardOutput = true };
        if (Environment.UserName == "root")
        {
            // smtp-sink refuses to keep root privileges.
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add("nobody");
        }
        start.ArgumentList.Add("-d");
        start.ArgumentList.Add(Path.Combine(DumpDirectory, "%H%M%S."));
        start.ArgumentList.Add($"127.0.0.1:{Port}");
        start.ArgumentList.Add("20");
        _process = Process.Start(start)!;
        WaitUntil(accepting: true);
    }

    public void Stop()
    {
        if (_process is null)
        {
            return;
        }
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(5000);
        _process.Dispose();
        _process = null;
        WaitUntil(accepting: false);
    }

    /// <summary>The messages received so far, as raw text (envelope and content).</summary>
    public IReadOnlyList<string> Messages() =>
        Directory.Exists(DumpDirectory)
            ? Directory.EnumerateFiles(DumpDirectory).Where(f => char.IsAsciiDigit(Path.GetFileName(f)[0])).Order().Select(File.ReadAllText).ToList()
            : [];

    public void Dispose()
    {
        Stop();
        if (Directory.Exists(DumpDirectory))
        {
            Directory.Delete(DumpDirectory, recursive: true);
        }
    }

    private void WaitUntil(bool accepting)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                if (accepting)
                {
                    return;
                }
            }
            catch (SocketException) when (!accepting)
            {
                return;
            }
            catch (SocketException)
            {
            }
            Thread.Sleep(50);
        }
        throw new TimeoutException($"smtp-sink on port {Port} did not {(accepting ? "start" : "stop")} in time.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
