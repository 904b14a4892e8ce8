using System.Diagnostics;
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
public sealed partial class SubmissionKillTests(ITestOutputHelper output)
{
    private const int Applicants = 2;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_process_killed_during_submissions_leaves_only_drafts_and_submitted_files_with_their_receipt(
        DatabaseProvider db
    )
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
                throw new InvalidOperationException(
                    $"A submission failed before the kill. Log of Bocage.Web:\n{process.LogTail}",
                    ex
                );
            }
            acknowledged.AddRange(load.Acknowledged);
        }

        // The application starts again on the same database (migrations and seed run again, idempotent).
        using var scope = app.Services.CreateScope();
        var procedures = scope.ServiceProvider.GetRequiredService<ProceduresDb>();
        var files = await procedures
            .Files.AsNoTracking()
            .Include(f => f.Revisions)
            .Where(f => f.ApplicantEmail.StartsWith("tue-"))
            .ToListAsync();
        var queued = await procedures
            .Outbox.AsNoTracking()
            .Where(m => m.Type == EventNames.Of<FileSubmitted>())
            .Select(m => m.Payload)
            .ToListAsync();
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
        output.WriteLine(
            $"{db}: {acknowledged.Count} submissions answered, {inFlightAtKill} in flight at the kill; after restart {numbers.Count} submitted, {files.Count - numbers.Count} drafts."
        );
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
    private static async Task<List<string>> ReceiptsOnceLeasesExpiredAsync(
        IServiceProvider services,
        IReadOnlyList<string> numbers
    )
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            await services.GetRequiredService<OutboxDispatcher>().DrainOnceAsync(default);
            var receipts = await services
                .GetRequiredService<KernelDb>()
                .MailMessages.AsNoTracking()
                .Where(m => m.Category == "procedures.demande-recue" && m.Recipient.StartsWith("tue-"))
                .Select(m => m.Subject)
                .ToListAsync();
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
                    await browser.SubmitAsync(
                        $"/demarches/dossier/{file}/etape/0",
                        BinPage1,
                        $"/demarches/dossier/{file}/etape/0"
                    );
                    await browser.SubmitAsync(
                        $"/demarches/dossier/{file}/etape/1",
                        BinPage2,
                        $"/demarches/dossier/{file}/etape/1"
                    );
                    var review = $"/demarches/dossier/{file}/recapitulatif";
                    await browser.OpenAsync(review);
                    Interlocked.Increment(ref _inFlight);
                    using var submitted = await browser.SubmitAsync(review, new Dictionary<string, string>());
                    Interlocked.Decrement(ref _inFlight);
                    var number = System
                        .Text.RegularExpressions.Regex.Match(browser.LastPage, @"CCSA-\d{4}-\d{6}")
                        .Value;
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

        /// <summary>
        /// Once a few submissions went through, kills the process while one is in flight; returns how many were.
        /// </summary>
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
}
