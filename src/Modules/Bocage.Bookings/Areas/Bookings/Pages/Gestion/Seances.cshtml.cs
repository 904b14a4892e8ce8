using System.Globalization;
using Bocage.Bookings.Data;
using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Hours;
using Bocage.Bookings.Domain.Reserving;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Bookings.Areas.Bookings.Pages.Gestion;

/// <summary>
/// The sessions of a training or an event: those to come with their registrations, and a form to add one (day,
/// start, end in Paris time, seats, subject), each mistake told at its field with what was typed kept.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + BookingsModule.ManagePermission)]
internal sealed class SeancesModel(
    PlaceAccess access,
    BookingsDb db,
    PlaceActions actions,
    IStringLocalizer<BookingsResource> text,
    TimeProvider clock
) : PageModel
{
    public const int MaxSeats = 500;

    public sealed class InputModel
    {
        public string? Day { get; set; } = "";

        public string? Start { get; set; } = "";

        public string? End { get; set; } = "";

        public string? Seats { get; set; } = "";

        public string? Title { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Resource Resource { get; private set; } = null!;

    public IReadOnlyList<(Session Session, int Registered)> Sessions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        var slot = Validate(out var seats);
        if (slot is null || !ModelState.IsValid)
        {
            return Page();
        }
        await actions.AddSessionAsync(
            User.RequiredAccountId(),
            Resource,
            slot,
            seats,
            Input.Title!.Trim(),
            cancellationToken
        );
        return Redirect($"/gestion/reservations/{slug}/seances");
    }

    private Slot? Validate(out int seats)
    {
        seats = 0;
        var today = DateOnly.FromDateTime(ParisTime.ToParis(clock.GetUtcNow().UtcDateTime));
        if (!DayInput.TryParse(Input.Day, out var day))
        {
            ModelState.AddModelError("Input.Day", text["Session_DayInvalid"]);
        }
        else if (day < today)
        {
            ModelState.AddModelError("Input.Day", text["Session_DayPast"]);
        }
        var startOk = TimeOnly.TryParseExact(
            Input.Start,
            "HH:mm",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var start
        );
        var endOk = TimeOnly.TryParseExact(
            Input.End,
            "HH:mm",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var end
        );
        if (!startOk)
        {
            ModelState.AddModelError("Input.Start", text["Session_TimeInvalid"]);
        }
        if (!endOk)
        {
            ModelState.AddModelError("Input.End", text["Session_TimeInvalid"]);
        }
        else if (startOk && end <= start)
        {
            ModelState.AddModelError("Input.End", text["Session_EndBeforeStart"]);
        }
        if (
            !int.TryParse(Input.Seats, NumberStyles.None, CultureInfo.InvariantCulture, out seats)
            || seats is < 1 or > MaxSeats
        )
        {
            ModelState.AddModelError("Input.Seats", text["Session_SeatsInvalid", MaxSeats]);
        }
        if (string.IsNullOrWhiteSpace(Input.Title) || Input.Title.Trim().Length > Session.TitleMaxLength)
        {
            ModelState.AddModelError("Input.Title", text["Session_TitleInvalid", Session.TitleMaxLength]);
        }
        return ModelState.IsValid
            ? new Slot(ParisTime.ToUtc(day.ToDateTime(start)), ParisTime.ToUtc(day.ToDateTime(end)))
            : null;
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var resource = await access.ResourceAsync(User.RequiredAccountId(), slug, cancellationToken);
        if (resource is null || !resource.HasSessions)
        {
            return false;
        }
        Resource = resource;
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-31);
        var sessions = await db
            .Sessions.AsNoTracking()
            .Where(s => s.ResourceId == resource.Id && s.StartUtc > since)
            .OrderBy(s => s.StartUtc)
            .ToListAsync(cancellationToken);
        var ids = sessions.Select(s => s.Id).ToList();
        var counts = await db
            .Bookings.AsNoTracking()
            .Where(b => b.SessionId != null && ids.Contains(b.SessionId.Value) && b.Status != BookingStatus.Cancelled)
            .GroupBy(b => b.SessionId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        Sessions = sessions.Select(s => (s, counts.GetValueOrDefault(s.Id))).ToList();
        return true;
    }
}
