using Bocage.Procedures.Domain.Filing;
using Microsoft.AspNetCore.Mvc;

namespace Bocage.Procedures.Areas.Procedures.Pages.Demarches;

/// <summary>
/// Downloads a file attached to a file (dossier), for whoever may see the file (applicant, mediator, company
/// member, holder of the tracking code). A stored-file id that is not an attachment of this file is 404,
/// whoever asks: ids are never a key.
/// </summary>
internal sealed class PieceModel(ApplicantFileServices files) : ApplicantFilePage(files)
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid piece)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        return await Attachments.OpenAsync(id, piece) is { } opened ? Download.Of(Response, opened) : NotFound();
    }
}
