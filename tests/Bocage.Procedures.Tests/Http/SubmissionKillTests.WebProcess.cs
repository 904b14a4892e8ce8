using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Bocage.Procedures.Tests.Http;

/// <summary>The web process the test starts and kills.</summary>
public sealed partial class SubmissionKillTests
{
    /// <summary>
    /// The built Bocage.Web (Release) as a process of its own, on the factory's database, files and clamd.
    /// </summary>
    private sealed class WebProcess : IDisposable
    {
        private readonly Process _process;
        private readonly Queue<string> _log;

        private WebProcess(Process process, Uri site, Queue<string> log)
        {
            _process = process;
            Site = site;
            _log = log;
        }

        public string LogTail
        {
            get
            {
                lock (_log)
                {
                    return string.Join('\n', _log);
                }
            }
        }

        public Uri Site { get; }

        public static async Task<WebProcess> StartAsync(BocageFactory app)
        {
            var web = System.IO.Path.Combine(Root(), "src", "Bocage.Web");
            var dll = System.IO.Path.Combine(web, "bin", "Release", "net10.0", "Bocage.Web.dll");
            Assert.True(File.Exists(dll), $"{dll} is missing: build the solution in Release first (test.sh does).");
            var port = FreePort();
            var start = new ProcessStartInfo("dotnet", [dll])
            {
                WorkingDirectory = web,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            var clamAv = TestClamAv.Required();
            foreach (
                var (key, value) in new Dictionary<string, string>
                {
                    ["ASPNETCORE_ENVIRONMENT"] = "Testing",
                    // The load signs in with demo accounts; outside Development they are seeded only when asked for.
                    ["Database__SeedDemo"] = "true",
                    ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                    ["Database__Provider"] = app.Provider.ToString(),
                    ["ConnectionStrings__Bocage"] = app.ConnectionString,
                    ["Files__Root"] = app.FilesRoot,
                    ["Mail__PickupDirectory"] = app.MailDirectory,
                    ["ClamAv__Host"] = clamAv.Host,
                    ["ClamAv__Port"] = clamAv.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["Logging__LogLevel__Default"] = "Warning",
                    // A message its outbox had claimed when killed stays held for one lease: short here, so the test
                    // can wait it out.
                    ["Outbox__LockDuration"] = LeaseAtKill.ToString(
                        "c",
                        System.Globalization.CultureInfo.InvariantCulture
                    ),
                }
            )
            {
                start.Environment[key] = value;
            }
            var process = Process.Start(start)!;
            // Read both pipes so that a chatty process never blocks on a full one.
            var log = new Queue<string>();
            DataReceivedEventHandler keep = (_, e) =>
            {
                lock (log)
                {
                    log.Enqueue(e.Data ?? "");
                    if (log.Count > 40)
                    {
                        log.Dequeue();
                    }
                }
            };
            process.OutputDataReceived += keep;
            process.ErrorDataReceived += keep;
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var running = new WebProcess(process, new Uri($"http://127.0.0.1:{port}/"), log);
            await running.WaitUntilLiveAsync();
            return running;
        }

        /// <summary>
        /// SIGKILL: no shutdown hook, no flush, as when the machine's OOM killer or an operator's kill -9 strikes.
        /// </summary>
        public void Kill()
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                Kill();
            }
            _process.Dispose();
        }

        private async Task WaitUntilLiveAsync()
        {
            using var client = new HttpClient { BaseAddress = Site, Timeout = TimeSpan.FromSeconds(5) };
            var deadline = Stopwatch.StartNew();
            while (deadline.Elapsed < TimeSpan.FromSeconds(90))
            {
                Assert.False(
                    _process.HasExited,
                    $"Bocage.Web exited with code {(_process.HasExited ? _process.ExitCode : 0)} while starting."
                );
                try
                {
                    using var response = await client.GetAsync("/health/live");
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return;
                    }
                }
                catch (HttpRequestException) { }
                catch (TaskCanceledException) { }
                await Task.Delay(200);
            }
            throw new TimeoutException("Bocage.Web did not answer /health/live within 90 s.");
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        private static string Root()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Bocage.slnx")))
                {
                    return dir.FullName;
                }
            }
            throw new InvalidOperationException("Bocage.slnx not found above the test folder.");
        }
    }
}
