using Bocage.Kernel.Contracts;
using Bocage.Payments.Contracts;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Files;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Domain.Filing;

/// <summary>Marks a file's payment paid when its invoice is settled; a redelivered event changes nothing.</summary>
internal sealed class InvoiceSettledHandler(ProceduresDb db, TimeProvider clock) : IDomainEventHandler<InvoiceSettled>
{
    public async Task HandleAsync(InvoiceSettled domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.Origin != ProceduresModule.InvoiceOrigin || domainEvent.Outcome != InvoiceOutcome.Paid)
        {
            return;
        }
        var key = $"{domainEvent.InvoiceId}:{domainEvent.Outcome}:{domainEvent.AttemptId}";
        if (await db.HandledSettlements.AnyAsync(h => h.Key == key, cancellationToken))
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var file = await db.Files.SingleOrDefaultAsync(
            f => f.Number == domainEvent.OriginReference && f.InvoiceId == domainEvent.InvoiceId,
            cancellationToken
        );
        if (file is not null && file.SettlePayment(now))
        {
            db.FileEvents.Add(FileEvent.Note(file.Id, "paiements", FileEventKind.ActionDone, "Paiement reçu", now));
        }
        db.HandledSettlements.Add(new HandledSettlement(key, now));
        await db.SaveChangesAsync(cancellationToken);
    }
}
