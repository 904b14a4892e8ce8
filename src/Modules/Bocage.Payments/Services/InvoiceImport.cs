using Bocage.Payments.Data;
using Bocage.Payments.Domain;
using CsvHelper;

namespace Bocage.Payments.Services;

/// <summary>A refused line of an import: its number in the file and why, as text keys.</summary>
internal sealed record ImportRefusal(int Line, IReadOnlyList<string> Reasons);

internal sealed record ImportReport(int Issued, IReadOnlyList<ImportRefusal> Refused, long IssuedCents);

/// <summary>
/// Imports invoices from a semicolon CSV (<c>regie;nom;email;libelle;montant;echeance</c>), one
/// invoice per line. Good lines are issued, bad ones are reported with their reasons; a line for a
/// régie the agent may not act on is refused like an unknown one.
/// </summary>
internal sealed class InvoiceImport(PaymentsDb db, InvoiceIssuer issuer)
{
    public const int MaxLines = 20000;
    private const int Batch = 200;

    public async Task<ImportReport> RunAsync(TextReader text, IReadOnlyList<Regie> allowed, CancellationToken cancellationToken)
    {
        var regies = allowed.ToDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);
        var refused = new List<ImportRefusal>();
        var issued = 0;
        long cents = 0;
        using var csv = CsvReader.Create(text, new CsvReaderOptions { Separator = ';', TrimWhitespace = true }, leaveOpen: true);
        var line = 1;
        while (csv.Read() && line <= MaxLines)
        {
            line++;
            string Column(string name)
            {
                try
                {
                    return csv.GetString(name) ?? "";
                }
                catch (Exception e) when (e is ArgumentException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
                {
                    return "";
                }
            }
            var reasons = new List<string>();
            if (!regies.TryGetValue(Column("regie"), out var regie))
            {
                reasons.Add("ImportRegieUnknown");
            }
            var input = InvoiceInput.Read(Column("nom"), Column("email"), Column("libelle"), Column("echeance"), [Column("libelle")], [Column("montant")]);
            reasons.AddRange(input.Errors.Select(e => e.Key).Distinct());
            if (reasons.Count > 0)
            {
                refused.Add(new ImportRefusal(line, reasons));
                continue;
            }
            var invoice = issuer.Build(regie!, input.Payer!, input.Label!, input.Lines!, input.DueDateUtc);
            db.Invoices.Add(invoice);
            issued++;
            cents += invoice.AmountCents;
            if (issued % Batch == 0)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return new ImportReport(issued, refused, cents);
    }
}
