using Bocage.Kernel.Audit;
using Bocage.Kernel.Files;
using Bocage.Payments.Data;
using Bocage.Payments.Domain;
using Bocage.Payments.Domain.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bocage.Payments.Jobs;

/// <summary>
/// Runs import jobs one after the other, woken by a new job or every few seconds. A job is claimed
/// through its heartbeat (a concurrency token): of two workers, on two nodes, one wins; a job whose
/// worker died (no heartbeat for <see cref="StaleAfter"/>) is resumed after its last committed batch.
/// A job that fails is undone: the invoices it issued that nobody started paying are removed.
/// </summary>
internal sealed class ImportWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ImportWorker> log)
    : BackgroundService
{
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);
    private readonly SemaphoreSlim _wake = new(0);

    public void Wake() => _wake.Release();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RunNextAsync(stoppingToken)) { }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The import worker failed; it looks again in a few seconds");
            }
            await _wake.WaitAsync(TimeSpan.FromSeconds(5), stoppingToken);
        }
    }

    /// <summary>Claims and runs the oldest waiting (or abandoned) job; false when there is none.</summary>
    public async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PaymentsDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var stale = now - StaleAfter;
        var job = await db
            .ImportJobs.Where(j =>
                j.State == ImportJobState.Queued || (j.State == ImportJobState.Running && j.HeartbeatUtc < stale)
            )
            .OrderBy(j => j.CreatedAtUtc)
            .FirstOrDefaultAsync(cancellationToken);
        if (job is null)
        {
            return false;
        }
        try
        {
            job.Start(now, StaleAfter);
            await db.SaveChangesAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<InvoiceImport>().RunAsync(job, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            log.LogInformation("Import job {Job} is run by another worker", job.Id);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Import job {Job} failed; its invoices are withdrawn", job.Id);
            await FailAsync(
                job.Id,
                e is InvoiceImport.ImportFileMissingException ? "ImportFileMissing" : "ImportFailed",
                cancellationToken
            );
        }
        await AuditAsync(job.Id, cancellationToken);
        return true;
    }

    private async Task FailAsync(Guid jobId, string errorKey, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PaymentsDb>();
        var job = await db.ImportJobs.SingleAsync(j => j.Id == jobId, cancellationToken);
        var prefix = $"{jobId:N}:";
        await db
            .Invoices.Where(i =>
                i.Origin == InvoiceImport.Origin
                && i.OriginReference!.StartsWith(prefix)
                && i.Status == InvoiceStatus.Unpaid
                && i.PendingAttemptId == null
                && !db.AttemptInvoices.Any(a => a.InvoiceId == i.Id)
            )
            .ExecuteDeleteAsync(cancellationToken);
        job.Fail(errorKey, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<FileStore>().DeleteAsync(job.FileId, cancellationToken);
    }

    private async Task AuditAsync(Guid jobId, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var job = await scope
            .ServiceProvider.GetRequiredService<PaymentsDb>()
            .ImportJobs.AsNoTracking()
            .SingleAsync(j => j.Id == jobId, cancellationToken);
        if (job.IsOver)
        {
            await scope
                .ServiceProvider.GetRequiredService<AuditLog>()
                .AppendAsync(
                    AuditActor.Of(job.AgentId),
                    "payments.invoice.import",
                    $"payments:import:{job.Id}",
                    null,
                    $"state={job.State} issued={job.Issued} refused={job.Refused} amount={job.IssuedCents} file={job.FileName}",
                    cancellationToken: cancellationToken
                );
        }
    }
}
