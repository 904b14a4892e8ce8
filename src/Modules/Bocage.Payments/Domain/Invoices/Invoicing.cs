using Bocage.Payments.Contracts;
using Bocage.Payments.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Payments.Domain.Invoices;

/// <summary>The kernel's invoicing contract, fulfilled: other engines ask for money here.</summary>
internal sealed class Invoicing(PaymentsDb db, InvoiceIssuer issuer) : IInvoicing
{
    public async Task<InvoiceHandle> RequestAsync(InvoiceRequest request, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.AmountCents);
        var existing = await FindAsync(request, cancellationToken);
        if (existing is not null)
        {
            return Handle(existing);
        }
        var regies = db.Regies.AsNoTracking().Where(r => r.CommuneInsee == request.CommuneInsee);
        if (request.RegieCode is not null)
        {
            regies = regies.Where(r => r.Code == request.RegieCode.ToUpperInvariant());
        }
        // Without a code, the collectivity's first régie by code is its default one.
        var regie = await regies.OrderBy(r => r.Code).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException(
                $"No régie for commune {request.CommuneInsee ?? "(intercommunalité)"} code {request.RegieCode}"
            );
        try
        {
            var payer = new InvoicePayerData(request.Payer.AccountId, request.Payer.Email, request.Payer.Name);
            var invoice = await issuer.IssueAsync(
                regie,
                payer,
                request.Label,
                [new InvoiceLine(request.Label, request.AmountCents)],
                null,
                i => i.MarkOrigin(request.Origin, request.OriginReference),
                cancellationToken
            );
            return Handle(invoice);
        }
        catch (DbUpdateException)
        {
            // The same request raced with itself: the unique (origin, reference) index kept one.
            db.ChangeTracker.Clear();
            return Handle(
                await FindAsync(request, cancellationToken) ?? throw new InvalidOperationException("invoice vanished")
            );
        }
    }

    public async Task<InvoiceState?> StateAsync(Guid invoiceId, CancellationToken cancellationToken)
    {
        var status = await db
            .Invoices.AsNoTracking()
            .Where(i => i.Id == invoiceId)
            .Select(i => (InvoiceStatus?)i.Status)
            .SingleOrDefaultAsync(cancellationToken);
        return status switch
        {
            null => null,
            InvoiceStatus.Paid => InvoiceState.Paid,
            InvoiceStatus.Cancelled => InvoiceState.Cancelled,
            _ => InvoiceState.Unpaid,
        };
    }

    private Task<Invoice?> FindAsync(InvoiceRequest request, CancellationToken cancellationToken) =>
        db
            .Invoices.AsNoTracking()
            .SingleOrDefaultAsync(
                i => i.Origin == request.Origin && i.OriginReference == request.OriginReference,
                cancellationToken
            );

    private static InvoiceHandle Handle(Invoice invoice) =>
        new(invoice.Id, invoice.Reference, $"/factures/payer?reference={Uri.EscapeDataString(invoice.Reference)}");
}
