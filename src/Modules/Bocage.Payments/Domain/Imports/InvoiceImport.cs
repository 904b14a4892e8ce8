using Bocage.Kernel.Files;
using Bocage.Payments.Data;
using Bocage.Payments.Domain.Invoices;

namespace Bocage.Payments.Domain.Imports;

/// <summary>
/// Runs an import job: one invoice per good line, the reasons of each bad one. Every
/// <see cref="BatchLines"/> lines, the invoices, the refusals and the job's progress are committed in
/// one transaction; a job resumed after a crash skips the lines already committed, and each imported
/// invoice carries (<see cref="Origin"/>, job:line) under the unique origin index, so no line is ever
/// imported twice. A line for a régie the agent may not act on is refused like an unknown one.
/// </summary>
internal sealed class InvoiceImport(
    PaymentsDb db,
    InvoiceIssuer issuer,
    RegieAccess access,
    FileStore files,
    TimeProvider clock
)
{
    public const string Origin = "payments.import";
    public const int MaxLines = 100_000;
    public const int BatchLines = 500;

    public async Task RunAsync(ImportJob job, CancellationToken cancellationToken)
    {
        var regies = (await access.RegiesAsync(job.AgentId, cancellationToken)).ToDictionary(
            r => r.Code,
            StringComparer.OrdinalIgnoreCase
        );
        var content = await files.OpenAsync(job.FileId, cancellationToken) ?? throw new ImportFileMissingException();
        await using (content.Content)
        {
            using var reader = new StreamReader(
                content.Content,
                System.Text.Encoding.UTF8,
                detectEncodingFromByteOrderMarks: true
            );
            var batch = new Batch();
            foreach (var row in ImportCsv.Rows(reader).Take(job.TotalLines).Skip(job.LinesDone))
            {
                Take(job, row, regies, batch);
                if ((row.Line - 1) % BatchLines == 0)
                {
                    await CommitAsync(job, row.Line - 1, batch, cancellationToken);
                }
            }
            await CommitAsync(job, job.TotalLines, batch, cancellationToken);
        }
        job.Finish(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await files.DeleteAsync(job.FileId, cancellationToken);
    }

    private void Take(ImportJob job, ImportCsvRow row, Dictionary<string, Regie> regies, Batch batch)
    {
        var reasons = new List<string>();
        if (!regies.TryGetValue(row.Regie, out var regie))
        {
            reasons.Add("ImportRegieUnknown");
        }
        var input = InvoiceInput.Read(row.Name, row.Email, row.Label, row.DueDate, [row.Label], [row.Amount]);
        reasons.AddRange(input.Errors.Select(e => e.Key).Distinct());
        if (reasons.Count > 0)
        {
            db.ImportRefusals.Add(new ImportRefusal(job.Id, row.Line, string.Join(' ', reasons)));
            batch.Refused++;
            return;
        }
        var invoice = issuer.Build(regie!, input.Payer!, input.Label!, input.Lines!, input.DueDateUtc);
        invoice.MarkOrigin(Origin, $"{job.Id:N}:{row.Line}");
        db.Invoices.Add(invoice);
        batch.Issued++;
        batch.Cents += invoice.AmountCents;
    }

    private async Task CommitAsync(ImportJob job, int linesDone, Batch batch, CancellationToken cancellationToken)
    {
        job.Advance(linesDone, batch.Issued, batch.Cents, batch.Refused, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        // Keep only the job tracked, so that memory stays flat on a file of any length.
        db.ChangeTracker.Clear();
        db.Attach(job);
        batch.Clear();
    }

    /// <summary>The job's file is gone (removed by hand, a lost disk): the job fails and is undone.</summary>
    public sealed class ImportFileMissingException() : IOException("The import file is missing from the file store.");

    private sealed class Batch
    {
        public int Issued { get; set; }

        public int Refused { get; set; }

        public long Cents { get; set; }

        public void Clear() => (Issued, Refused, Cents) = (0, 0, 0);
    }
}
