using Bocage.Bookings.Data;
using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Attendance;
using Bocage.Bookings.Domain.Reserving;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Territory;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Areas.Bookings.Pages.Gestion;

/// <summary>
/// A session's attendance: who registered, marked present or absent on screen (a training marked attended opens
/// the machines that ask for it), the attendance sheet as a PDF to print and sign, and cancelling the session with
/// a reason mailed to every participant.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + BookingsModule.ManagePermission)]
internal sealed class SeanceModel(
    PlaceAccess access,
    BookingsDb db,
    TerritoryNames territory,
    PlaceActions actions,
    AttendanceDocuments documents
) : PageModel
{
    public Resource Resource { get; private set; } = null!;

    public Session Session { get; private set; } = null!;

    public IReadOnlyList<Booking> Participants { get; private set; } = [];

    /// <summary>Each participant's booking id and « oui » (present) or « non ».</summary>
    [BindProperty]
    public Dictionary<Guid, string> Presence { get; set; } = [];

    public bool ReasonMissing { get; private set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(slug, id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, id, cancellationToken))
        {
            return NotFound();
        }
        var marks = Presence.Where(p => p.Value is "oui" or "non").ToDictionary(p => p.Key, p => p.Value == "oui");
        var session = await db.Sessions.SingleAsync(s => s.Id == id, cancellationToken);
        await actions.MarkAttendanceAsync(User.RequiredAccountId(), Resource, session, marks, cancellationToken);
        await LoadAsync(slug, id, cancellationToken);
        Saved = true;
        return Page();
    }

    public async Task<IActionResult> OnGetSheetAsync(string slug, Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, id, cancellationToken))
        {
            return NotFound();
        }
        var issuer = (await territory.GetAsync(cancellationToken)).Of(Resource.CommuneInsee);
        var confirmed = Participants.Where(p => p.IsConfirmed).ToList();
        return File(
            await documents.SheetAsync(Resource, Session, confirmed, issuer),
            "application/pdf",
            AttendanceDocuments.SheetFileName(Session)
        );
    }

    public async Task<IActionResult> OnPostCancelAsync(
        string slug,
        Guid id,
        string? motif,
        CancellationToken cancellationToken
    )
    {
        if (!await LoadAsync(slug, id, cancellationToken))
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(motif) || motif.Trim().Length > Booking.ReasonMaxLength)
        {
            ReasonMissing = true;
            return Page();
        }
        var session = await db.Sessions.SingleAsync(s => s.Id == id, cancellationToken);
        await actions.CancelSessionAsync(User.RequiredAccountId(), Resource, session, motif.Trim(), cancellationToken);
        return Redirect($"/gestion/reservations/{slug}/seances");
    }

    private async Task<bool> LoadAsync(string slug, Guid id, CancellationToken cancellationToken)
    {
        var resource = await access.ResourceAsync(User.RequiredAccountId(), slug, cancellationToken);
        var session = resource is null
            ? null
            : await db
                .Sessions.AsNoTracking()
                .SingleOrDefaultAsync(s => s.Id == id && s.ResourceId == resource.Id, cancellationToken);
        if (resource is null || session is null)
        {
            return false;
        }
        (Resource, Session) = (resource, session);
        Participants = await db
            .Bookings.AsNoTracking()
            .Where(b => b.SessionId == id && b.Status != BookingStatus.Cancelled)
            .OrderBy(b => b.Name)
            .ToListAsync(cancellationToken);
        return true;
    }
}
