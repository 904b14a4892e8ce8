using System.Data.Common;
using Bocage.Kernel.Outbox;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Files;
using Bocage.Procedures.Domain.Filing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static Bocage.Procedures.Tests.Http.ProcedureSteps;

namespace Bocage.Procedures.Tests.Http;

/// <summary>
/// Issue 4's "killing the process in the middle of a submission never leaves a half-submitted file". The
/// process dies at the worst moment: every statement of the submission has run in the database (counter,
/// file, revision, history, outbox), only the commit is missing. The fault is a real interceptor of the
/// engine's context, injected through DI, that throws when the transaction is about to commit.
/// </summary>
public sealed class SubmissionCrashTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_crash_before_the_commit_leaves_a_draft_with_its_answers_and_no_number_taken(DatabaseProvider db)
    {
        var crash = new CrashBeforeCommit();
        using var app = new CrashingApp(db, crash);
        var browser = app.Browser();
        var file = await StartAnonymouslyAsync(browser, "lea@exemple.fr");
        var page0 = $"/demarches/dossier/{file}/etape/0";
        await browser.SubmitAsync(page0, BinPage1, page0);
        var page1 = $"/demarches/dossier/{file}/etape/1";
        await browser.SubmitAsync(page1, BinPage2, page1);
        var year = Bocage.Kernel.Time.ParisTime.ToParis(DateTime.UtcNow).Year;
        var lastBefore = await LastNumberAsync(app, year);

        crash.Armed = true;
        await Assert.ThrowsAsync<ProcessKilled>(() => SubmitDirectlyAsync(app, file));
        crash.Armed = false;

        Assert.Equal(1, crash.Crashes);
        var draft = await FileAsync(app, file);
        Assert.Equal((StateKind.Draft, (string?)null), (draft.StateKind, draft.Number));
        Assert.Equal(("Léa Martin", "tri"), (draft.Answers["nom"], draft.Answers["type"]));
        Assert.Empty(draft.Revisions);
        Assert.Empty(draft.Events);
        Assert.Equal(lastBefore, await LastNumberAsync(app, year));
        Assert.Equal(0, await SubmittedEventsAsync(app, file));

        var number = await SubmitBinAsync(browser, file);

        Assert.Equal(FileCounter.Format(year, lastBefore + 1), number);
        Assert.Equal(1, await SubmittedEventsAsync(app, file));
    }

    private static async Task SubmitDirectlyAsync(BocageFactory app, Guid file)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var stored = await services
            .GetRequiredService<ProceduresDb>()
            .Files.AsNoTracking()
            .SingleAsync(f => f.Id == file);
        var form = (
            await services
                .GetRequiredService<ProceduresDb>()
                .Versions.AsNoTracking()
                .SingleAsync(v => v.Id == stored.VersionId)
        ).Form;
        var check = new AnswerValidator(
            await services.GetRequiredService<FormLists>().AllAsync(),
            new AnswerMessages(CultureTexts.For<ProceduresResource>("fr"))
        ).Validate(form, stored.Answers);
        Assert.True(check.IsValid);
        await services.GetRequiredService<Submission>().SubmitAsync(file, check.Clean, "suivi");
    }

    private static async Task<int> LastNumberAsync(BocageFactory app, int year)
    {
        using var scope = app.Services.CreateScope();
        return await scope
            .ServiceProvider.GetRequiredService<ProceduresDb>()
            .Counters.Where(c => c.Year == year)
            .Select(c => c.Last)
            .SingleOrDefaultAsync();
    }

    private static async Task<int> SubmittedEventsAsync(BocageFactory app, Guid file)
    {
        using var scope = app.Services.CreateScope();
        var outbox = scope.ServiceProvider.GetRequiredService<ProceduresDb>().Outbox.AsNoTracking();
        return await outbox.CountAsync(m =>
            m.Type == EventNames.Of<FileSubmitted>() && m.Payload.Contains(file.ToString())
        );
    }

    private sealed class ProcessKilled() : Exception("The process was killed before the commit.");

    /// <summary>Throws when a transaction of the engine is about to commit a file's submission, once armed.</summary>
    private sealed class CrashBeforeCommit : DbTransactionInterceptor
    {
        public volatile bool Armed;

        public int Crashes { get; private set; }

        public override ValueTask<InterceptionResult> TransactionCommittingAsync(
            DbTransaction transaction,
            TransactionEventData eventData,
            InterceptionResult result,
            CancellationToken cancellationToken = default
        )
        {
            var submitting =
                eventData
                    .Context?.ChangeTracker.Entries<ProcedureFile>()
                    .Any(e => e.Entity.Number is not null && e.State == EntityState.Modified) == true;
            if (Armed && submitting)
            {
                Crashes++;
                throw new ProcessKilled();
            }
            return ValueTask.FromResult(result);
        }
    }

    private sealed class CrashingApp(DatabaseProvider provider, CrashBeforeCommit crash) : BocageFactory(provider)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
                services.ConfigureDbContext<ProceduresDb>(o => o.AddInterceptors(crash))
            );
        }
    }
}
