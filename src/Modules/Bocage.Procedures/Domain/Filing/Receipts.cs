using Bocage.Kernel.Contracts;
using Bocage.Procedures.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Domain.Filing;

/// <summary>
/// Sends the receipt of a submitted file: a mail with the number, the date (Paris time) and the answers as a PDF.
/// </summary>
internal sealed class ReceiptHandler(ProceduresDb db, FileMails mails, FileDocuments documents)
    : IDomainEventHandler<FileSubmitted>
{
    public async Task HandleAsync(FileSubmitted domainEvent, CancellationToken cancellationToken)
    {
        var file = await db.Files.AsNoTracking().SingleAsync(f => f.Id == domainEvent.FileId, cancellationToken);
        var procedure = await db
            .Procedures.AsNoTracking()
            .SingleAsync(p => p.Id == file.ProcedureId, cancellationToken);
        if (string.IsNullOrEmpty(file.ApplicantEmail))
        {
            return;
        }
        var pdf = await documents.ReceiptAsync(file, cancellationToken);
        await mails.ReceiptAsync(file, procedure.Title, pdf, cancellationToken);
    }
}
