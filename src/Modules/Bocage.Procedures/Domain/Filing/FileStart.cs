using Bocage.Kernel.Audit;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Catalogue;
using Bocage.Procedures.Domain.Files;

namespace Bocage.Procedures.Domain.Filing;

/// <summary>
/// Opens a draft file on a published procedure for an applicant: an anonymous applicant gets its tracking code
/// by mail, a mediator acting under mandate leaves a line in the audit log.
/// </summary>
internal sealed class FileStart(ProceduresDb db, FileMails mails, AuditLog audit, TimeProvider clock)
{
    public async Task<ProcedureFile> StartAsync(Procedure procedure, Applicant applicant)
    {
        var version = procedure.Versions.Single(v => v.Number == procedure.PublishedVersion);
        var file = ProcedureFile.Start(
            procedure.Id,
            version.Id,
            procedure.CommuneInsee,
            applicant,
            clock.GetUtcNow().UtcDateTime
        );
        db.Files.Add(file);
        await db.SaveChangesAsync();
        if (applicant.TrackingCode is { } code)
        {
            await mails.TrackingCodeAsync(applicant.Email, procedure.Title, code);
        }
        if (applicant.MediatorId is { } mediator)
        {
            await audit.AppendAsync(
                AuditActor.Of(mediator),
                "procedures.start",
                $"procedures:file:{file.Id}",
                procedure.CommuneInsee,
                procedure.Slug,
                AuditActor.Of(applicant.AccountId!)
            );
        }
        return file;
    }
}
