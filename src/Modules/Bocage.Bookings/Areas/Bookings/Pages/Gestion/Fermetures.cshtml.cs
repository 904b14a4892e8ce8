using Bocage.Bookings.Data;
using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Reserving;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Time;
using Bocage.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Bookings.Areas.Bookings.Pages.Gestion;

/// <summary>
/// A place's closures apart from its opening hours (works, holidays, an agent away): those to come, each to take
/// back, and a form to add one (first day, last day, reason), each mistake told at its field with what was typed
/// kept. Closing cancels the bookings of those days and mails each person the reason. Places with sessions cancel
/// their sessions instead; a place of another commune is a 404.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + BookingsModule.ManagePermission)]
internal sealed class FermeturesModel(
    PlaceAccess access,
    BookingsDb db,
    PlaceActions actions,
    IStringLocalizer<BookingsResource> text,
    TimeProvider clock,
    IOutputCacheStore cache
) : PageModel
{
    public sealed class InputModel
    {
        public string? From { get; set; } = "";

        public string? To { get; set; } = "";

        public string? Reason { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Resource Resource { get; private set; } = null!;

    public IReadOnlyList<Closure> Closures { get; private set; } = [];

    /// <summary>After a closure was added: how many bookings it cancelled.</summary>
    [BindProperty(SupportsGet = true, Name = "annulees")]
    public int? Cancelled { get; set; }

    /// <summary>After a closure was taken back.</summary>
    [BindProperty(SupportsGet = true, Name = "rouverte")]
    public bool Reopened { get; set; }

    private DateOnly Today => DateOnly.FromDateTime(ParisTime.ToParis(clock.GetUtcNow().UtcDateTime));

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        Cancelled = null;
        if (Validate() is not var (first, last))
        {
            return Page();
        }
        var cancelled = await actions.CloseAsync(
            User.RequiredAccountId(),
            Resource,
            first,
            last,
            Input.Reason!.Trim(),
            cancellationToken
        );
        // The place's public page shows its closures and offers no slot in them: at once, not after its cache.
        await PublicPageCache.RefreshAsync(cache, BookingsModule.PublicPagePolicy, cancellationToken);
        return Redirect($"/gestion/reservations/{slug}/fermetures?annulees={cancelled}");
    }

    public async Task<IActionResult> OnPostReopenAsync(string slug, Guid closure, CancellationToken cancellationToken)
    {
        if (
            !await LoadAsync(slug, cancellationToken)
            || !await actions.ReopenAsync(User.RequiredAccountId(), Resource, closure, cancellationToken)
        )
        {
            return NotFound();
        }
        await PublicPageCache.RefreshAsync(cache, BookingsModule.PublicPagePolicy, cancellationToken);
        return Redirect($"/gestion/reservations/{slug}/fermetures?rouverte=true");
    }

    private (DateOnly First, DateOnly Last)? Validate()
    {
        var fromOk = DayInput.TryParse(Input.From, out var first);
        var toOk = DayInput.TryParse(Input.To, out var last);
        if (!fromOk)
        {
            ModelState.AddModelError("Input.From", text["Closures_DayInvalid"]);
        }
        else if (first < Today)
        {
            ModelState.AddModelError("Input.From", text["Closures_DayPast"]);
        }
        if (!toOk)
        {
            ModelState.AddModelError("Input.To", text["Closures_DayInvalid"]);
        }
        else if (fromOk && last < first)
        {
            ModelState.AddModelError("Input.To", text["Closures_ToBeforeFrom"]);
        }
        else if (fromOk && last.DayNumber - first.DayNumber >= Closure.MaxDays)
        {
            ModelState.AddModelError("Input.To", text["Closures_TooLong", Closure.MaxDays]);
        }
        if (string.IsNullOrWhiteSpace(Input.Reason) || Input.Reason.Trim().Length > Closure.ReasonMaxLength)
        {
            ModelState.AddModelError("Input.Reason", text["Closures_ReasonInvalid", Closure.ReasonMaxLength]);
        }
        return ModelState.IsValid ? (first, last) : null;
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var resource = await access.ResourceAsync(User.RequiredAccountId(), slug, cancellationToken);
        if (resource is null || resource.HasSessions)
        {
            return false;
        }
        Resource = resource;
        var today = Today;
        Closures = await db
            .Closures.AsNoTracking()
            .Where(c => c.ResourceId == resource.Id && c.LastDay >= today)
            .OrderBy(c => c.FirstDay)
            .ToListAsync(cancellationToken);
        return true;
    }
}
