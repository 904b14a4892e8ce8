using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Bocage.Kernel.Outbox;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Filing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static Bocage.Procedures.Tests.Http.ProcedureSteps;

namespace Bocage.Procedures.Tests.Http;

/// <summary>
/// Issue 4's "killing the process in the middle of a submission" with a real kill: the built Bocage.Web runs
/// as a process of its own on the test database, two applicants submit bin requests in a loop, the process
/// gets SIGKILL while submissions are in flight, the application starts again on the same database, and
/// every file is either a draft or submitted with its receipt event queued (and its receipt mail once the
/// outbox runs).
/// </summary>
public sealed class SubmissionKillTests(ITestOutputHelper output)
{
    private const int Applicants = 2;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_process_killed_during_submissions_leaves_only_drafts_and_submitted_files_with_their_receipt(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var acknowledged = new List<string>();
        int inFlightAtKill;
        using (var process = await WebProcess.StartAsync(app))
        {
            var load = new SubmissionLoad(process.Site);
            var workers = Enumerable.Range(0, Applicants).Select(load.RunAsync).ToList();
            inFlightAtKill = await load.KillDuringSubmissionAsync(process);
            try
            {
                await Task.WhenAll(workers);
            }
            catch (Exception ex)
            {
                // A failure before the kill is the application's: show what its log said.
                throw new InvalidOperationException($"A submission failed before the kill. Log of Bocage.Web:\n{process.LogTail}", ex);
            }
            acknowledged.AddRange(load.Acknowledged);
        }

        // The application starts again on the same database (migrations and seed run again, idempotent).
        using var scope = app.Services.CreateScope();
        var procedures = scope.ServiceProvider.GetRequiredService<ProceduresDb>();
        var files = await procedures.Files.AsNoTracking().Include(f => f.Revisions)
            .Where(f => f.ApplicantEmail.StartsWith("tue-")).ToListAsync();
        var queued = await procedures.Outbox.AsNoTracking().Where(m => m.Type == EventNames.Of<FileSubmitted>()).Select(m => m.Payload).ToListAsync();
        Assert.True(acknowledged.Count >= 4, $"Only {acknowledged.Count} submissions before the kill.");
        Assert.True(inFlightAtKill > 0, "The kill found no submission in flight.");
        foreach (var file in files)
        {
            if (file.IsDraft)
            {
                Assert.Equal((null, 0), (file.Number, file.Revisions.Count));
            }
            else
            {
                Assert.Equal((StateKind.Submitted, 1), (file.StateKind, file.Revisions.Count));
                Assert.Contains(queued, p => p.Contains(file.Id.ToString(), StringComparison.Ordinal));
            }
        }
        var numbers = files.Where(f => f.Number is not null).Select(f => f.Number!).ToList();
        output.WriteLine($"{db}: {acknowledged.Count} submissions answered, {inFlightAtKill} in flight at the kill; after restart {numbers.Count} submitted, {files.Count - numbers.Count} drafts.");
        Assert.Subset(numbers.ToHashSet(), acknowledged.ToHashSet());
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        var receipts = await ReceiptsOnceLeasesExpiredAsync(scope.ServiceProvider, numbers);
        Assert.All(numbers, n => Assert.Contains(receipts, s => s.EndsWith(n, StringComparison.Ordinal)));
    }

    private static readonly TimeSpan LeaseAtKill = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Drains the outbox until every submitted file has its receipt, or until well past the lease the killed
    /// process may still hold on a message it was delivering: after that, a missing receipt is a lost one.
    /// </summary>
    private static async Task<List<string>> ReceiptsOnceLeasesExpiredAsync(IServiceProvider services, IReadOnlyList<string> numbers)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            await services.GetRequiredService<OutboxDispatcher>().DrainOnceAsync(default);
            var receipts = await services.GetRequiredService<KernelDb>().MailMessages.AsNoTracking()
                .Where(m => m.Category == "procedures.demande-recue" && m.Recipient.StartsWith("tue-")).Select(m => m.Subject).ToListAsync();
            var complete = numbers.All(n => receipts.Any(s => s.EndsWith(n, StringComparison.Ordinal)));
            if (complete || deadline.Elapsed > LeaseAtKill * 5)
            {
                return receipts;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    /// <summary>Applicants submitting bin requests until the process dies; counts submissions in flight.</summary>
    private sealed class SubmissionLoad(Uri site)
    {
        private int _inFlight;
        private volatile bool _killed;

        public List<string> Acknowledged { get; } = [];

        public async Task RunAsync(int applicant)
        {
            for (var i = 0; !_killed; i++)
            {
                try
                {
                    var browser = BocageFactory.NetworkBrowser(site);
                    var file = await StartAnonymouslyAsync(browser, $"tue-{applicant}-{i}@exemple.fr");
                    await browser.SubmitAsync($"/demarches/dossier/{file}/etape/0", BinPage1, $"/demarches/dossier/{file}/etape/0");
                    await browser.SubmitAsync($"/demarches/dossier/{file}/etape/1", BinPage2, $"/demarches/dossier/{file}/etape/1");
                    var review = $"/demarches/dossier/{file}/recapitulatif";
                    await browser.OpenAsync(review);
                    Interlocked.Increment(ref _inFlight);
                    using var submitted = await browser.SubmitAsync(review, new Dictionary<string, string>());
                    Interlocked.Decrement(ref _inFlight);
                    var number = System.Text.RegularExpressions.Regex.Match(browser.LastPage, @"CCSA-\d{4}-\d{6}").Value;
                    Assert.NotEmpty(number);
                    lock (Acknowledged)
                    {
                        Acknowledged.Add(number);
                    }
                }
                catch (Exception) when (_killed)
                {
                    return;
                }
            }
        }

        /// <summary>Once a few submissions went through, kills the process while one is in flight; returns how many were.</summary>
        public async Task<int> KillDuringSubmissionAsync(WebProcess process)
        {
            var deadline = Stopwatch.StartNew();
            while (Count() < Applicants * 2 && deadline.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(20);
            }
            var wait = Stopwatch.StartNew();
            while (Volatile.Read(ref _inFlight) == 0 && wait.Elapsed < TimeSpan.FromSeconds(15))
            {
                Thread.SpinWait(1000);
            }
            var inFlight = Volatile.Read(ref _inFlight);
            _killed = true;
            process.Kill();
            return inFlight;
        }

        private int Count()
        {
            lock (Acknowledged)
            {
                return Acknowledged.Count;
            }
        }
    }

    /// <summary>The built Bocage.Web (Release) as a process of its own, on the factory's database, files and clamd.</summary>
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
            var start = new ProcessStartInfo("dotnet", [dll]) { WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true };
            var clamAv = TestClamAv.Required();
            foreach (var (key, value) in new Dictionary<string, string>
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
                // A message its outbox had claimed when killed stays held for one lease: short here, so the test can wait it out.
                ["Outbox__LockDuration"] = LeaseAtKill.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
            })
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

        /// <summary>SIGKILL: no shutdown hook, no flush, as when the machine's OOM killer or an operator's kill -9 strikes.</summary>
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
                Assert.False(_process.HasExited, $"Bocage.Web exited with code {(_process.HasExited ? _process.ExitCode : 0)} while starting.");
                try
                {
                    using var response = await client.GetAsync("/health/live");
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException)
                {
                }
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
