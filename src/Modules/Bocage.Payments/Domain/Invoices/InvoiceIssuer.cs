using System.Security.Cryptography;
using Bocage.Payments.Data;

namespace Bocage.Payments.Domain.Invoices;

/// <summary>Issues invoices with a reference that can be printed and typed back (no ambiguous letters).</summary>
internal sealed class InvoiceIssuer(PaymentsDb db, TimeProvider clock)
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static readonly TimeSpan DefaultTerm = TimeSpan.FromDays(30);

    public async Task<Invoice> IssueAsync(
        Regie regie,
        InvoicePayerData payer,
        string label,
        IReadOnlyList<InvoiceLine> lines,
        DateTime? dueDateUtc,
        Action<Invoice>? configure,
        CancellationToken cancellationToken
    )
    {
        var invoice = Build(regie, payer, label, lines, dueDateUtc);
        configure?.Invoke(invoice);
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync(cancellationToken);
        return invoice;
    }

    /// <summary>Builds an invoice without saving it (the CSV import saves many at once).</summary>
    public Invoice Build(
        Regie regie,
        InvoicePayerData payer,
        string label,
        IReadOnlyList<InvoiceLine> lines,
        DateTime? dueDateUtc
    )
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new Invoice(
            NewReference(regie.Code, now.Year),
            regie.Id,
            payer,
            label,
            lines,
            dueDateUtc ?? now.Date + DefaultTerm,
            now
        );
    }

    public static string NewReference(string regieCode, int year)
    {
        Span<char> random = stackalloc char[8];
        for (var i = 0; i < random.Length; i++)
        {
            random[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        return $"{regieCode}-{year}-{random}";
    }
}
