using Bocage.Kernel.Files;
using Bocage.Payments.Data;
using Bocage.Payments.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Payments.Domain.Imports;

/// <summary>
/// What came of sending a file: the job, or a refusal (the upload's own French message, or a text key).
/// </summary>
internal sealed record ImportQueued(Guid? JobId, string? UploadRefusal = null, string? RefusalKey = null);

/// <summary>
/// Accepts an import file like every upload (extension, size, CSV content, antivirus) through the
/// kernel's <see cref="UploadService"/>, counts its lines, and queues the job for the worker.
/// </summary>
internal sealed class ImportQueue(
    PaymentsDb db,
    UploadService uploads,
    FileStore files,
    ImportWorker worker,
    TimeProvider clock
)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public async Task<ImportQueued> EnqueueAsync(
        Stream content,
        string fileName,
        string? contentType,
        string agentId,
        CancellationToken cancellationToken
    )
    {
        var upload = await uploads.AcceptAsync(
            new UploadRequest(content, fileName, contentType, [FileKind.Csv], "Payments", agentId)
            {
                MaxBytes = MaxBytes,
            },
            cancellationToken
        );
        if (upload is UploadResult.Refused refused)
        {
            return new ImportQueued(null, UploadRefusal: refused.Message);
        }
        var file = ((UploadResult.Accepted)upload).File;
        int lines;
        await using (var stored = (await files.OpenAsync(file.Id, cancellationToken))!.Content)
        {
            using var reader = new StreamReader(
                stored,
                System.Text.Encoding.UTF8,
                detectEncodingFromByteOrderMarks: true
            );
            lines = ImportCsv.Count(reader, InvoiceImport.MaxLines);
        }
        if (lines is 0 or > InvoiceImport.MaxLines)
        {
            await files.DeleteAsync(file.Id, cancellationToken);
            return new ImportQueued(null, RefusalKey: lines == 0 ? "ImportNoLines" : "ImportTooManyLines");
        }
        var job = new ImportJob(agentId, file.Id, file.OriginalName, lines, clock.GetUtcNow().UtcDateTime);
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        worker.Wake();
        return new ImportQueued(job.Id);
    }

    /// <summary>The agent's job, or null when it is not theirs (the page answers 404).</summary>
    public Task<ImportJob?> FindAsync(Guid jobId, string agentId, CancellationToken cancellationToken) =>
        db
            .ImportJobs.AsNoTracking()
            .SingleOrDefaultAsync(j => j.Id == jobId && j.AgentId == agentId, cancellationToken);

    public Task<List<ImportJob>> RecentAsync(string agentId, CancellationToken cancellationToken) =>
        db
            .ImportJobs.AsNoTracking()
            .Where(j => j.AgentId == agentId)
            .OrderByDescending(j => j.CreatedAtUtc)
            .Take(10)
            .ToListAsync(cancellationToken);

    public Task<List<ImportRefusal>> RefusalsAsync(Guid jobId, int take, CancellationToken cancellationToken) =>
        db
            .ImportRefusals.AsNoTracking()
            .Where(r => r.JobId == jobId)
            .OrderBy(r => r.Line)
            .Take(take)
            .ToListAsync(cancellationToken);
}
