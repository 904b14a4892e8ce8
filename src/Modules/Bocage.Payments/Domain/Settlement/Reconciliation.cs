using Bocage.Kernel.Amounts;
using Bocage.Payments.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Payments.Domain.Settlement;

/// <summary>The daily reconciliation report of a régie, from the attempts PayFiP confirmed (Paris days).</summary>
internal sealed class Reconciliation(PaymentsDb db)
{
    public async Task<ReconciliationDay> DayAsync(Regie regie, DateOnly day, CancellationToken cancellationToken)
    {
        var from = Kernel.Time.ParisTime.ToUtc(day.ToDateTime(TimeOnly.MinValue));
        var to = Kernel.Time.ParisTime.ToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue));
        var attempts = await db
            .Attempts.AsNoTracking()
            .Include(a => a.Invoices)
            .Where(a =>
                a.RegieId == regie.Id
                && a.Status == AttemptStatus.Paid
                && a.ResolvedAtUtc >= from
                && a.ResolvedAtUtc < to
            )
            .ToListAsync(cancellationToken);
        var ids = attempts.Select(a => a.Id).ToList();
        var receipts = await db
            .Receipts.AsNoTracking()
            .Where(r => ids.Contains(r.AttemptId))
            .ToDictionaryAsync(r => r.AttemptId, cancellationToken);
        var payments = attempts
            .Select(a => new ReconciledPayment(
                a.ResolvedAtUtc!.Value,
                receipts.TryGetValue(a.Id, out var r) ? r.Code(regie.Code) : "",
                a.IdOp ?? "",
                a.Numauto,
                a.AmountCents,
                a.Invoices.Count,
                a.RefundDue
            ))
            .OrderBy(p => p.PaidAtUtc)
            .ToList();
        return new ReconciliationDay(regie, day, payments);
    }

    /// <summary>The report as CSV for the accounting software (semicolons, amounts with a point, UTF-8).</summary>
    public static string Csv(ReconciliationDay report)
    {
        var text = new System.Text.StringBuilder(
            "regie;imputation;date;recu;idop;numauto;montant;factures;a_rembourser\n"
        );
        foreach (var p in report.Payments)
        {
            text.Append(
                    string.Join(
                        ';',
                        Clean(report.Regie.Code),
                        Clean(report.Regie.AccountingReference),
                        report.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                        Clean(p.ReceiptNumber),
                        Clean(p.IdOp),
                        Clean(p.Numauto ?? ""),
                        Money.Plain(p.AmountCents),
                        p.InvoiceCount,
                        p.RefundDue ? "oui" : "non"
                    )
                )
                .Append('\n');
        }
        text.Append(
                string.Join(
                    ';',
                    Clean(report.Regie.Code),
                    "",
                    "",
                    "TOTAL",
                    "",
                    "",
                    Money.Plain(report.TotalCents),
                    "",
                    Money.Plain(report.RefundCents)
                )
            )
            .Append('\n');
        return text.ToString();
    }

    // The accounting software reads neither quotes nor line breaks: a cell never breaks the columns, and
    // never starts a formula in a spreadsheet (the kernel's rule, shared by every CSV).
    private static string Clean(string value) =>
        Bocage.Kernel.Files.CsvCells.Neutralise(value.Replace(';', ',').Replace('\n', ' ').Replace('\r', ' '));
}
