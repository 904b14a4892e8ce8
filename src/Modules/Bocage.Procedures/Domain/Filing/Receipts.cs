using Bocage.Kernel.Mail;
using Bocage.Kernel.Outbox;
using Bocage.Kernel.Time;
using Bocage.Procedures.Data;
using Microsoft.EntityFrameworkCore;
using Bocage.Kernel.Contracts;

namespace Bocage.Procedures.Domain.Filing;

/// <summary>Sends the receipt of a submitted file: a mail with the number, the date (Paris time) and the answers as a PDF.</summary>
internal sealed class ReceiptHandler(ProceduresDb db, IMailer mailer, FileDocuments documents) : IDomainEventHandler<FileSubmitted>
{
    public async Task HandleAsync(FileSubmitted domainEvent, CancellationToken cancellationToken)
    {
        var file = await db.Files.AsNoTracking().SingleAsync(f => f.Id == domainEvent.FileId, cancellationToken);
        var procedure = await db.Procedures.AsNoTracking().SingleAsync(p => p.Id == file.ProcedureId, cancellationToken);
        if (string.IsNullOrEmpty(file.ApplicantEmail))
        {
            return;
        }
        var pdf = await documents.ReceiptAsync(file, cancellationToken);
        var text = $"Bonjour,\n\nVotre demande « {procedure.Title} » a bien été déposée le {ParisTime.Format(file.SubmittedAt!.Value)} "
            + $"sous le numéro {file.Number}.\nVous trouverez en pièce jointe le récapitulatif de vos réponses.\n\n"
            + "Vous pouvez suivre votre dossier sur le site de la Communauté de Communes Sud Avesnois, rubrique « Mes démarches ».\n";
        await mailer.EnqueueAsync(new MailRequest(file.ApplicantEmail, $"Demande reçue : {file.Number}", text, "procedures.demande-recue")
        {
            IdempotencyKey = $"procedures.recu.{file.Number}",
            Attachments = [new MailAttachment($"{file.Number}.pdf", "application/pdf", pdf)],
        }, cancellationToken);
    }
}
