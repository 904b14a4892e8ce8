using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Availability;
using Bocage.Bookings.Domain.Questions;
using Bocage.Bookings.Domain.Reserving;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Mail;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Text;
using Bocage.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Bocage.Bookings.Areas.Bookings.Pages.Gestion;

/// <summary>
/// One slot of a place, for its agent: who holds its seats, a form to book it for someone who called or came to the
/// desk (a name; a mail address if they want the confirmation), and one to block it with a reason. Each mistake is
/// told at its field with what was typed kept; a slot that no longer exists says so, with the way back to the week.
/// </summary>
[Authorize(Policy = PermissionRequirement.Prefix + BookingsModule.ManagePermission)]
internal sealed class CreneauModel(
    PlaceAccess access,
    QuestionBook questions,
    FreeSlots slots,
    PlaceActions actions,
    IStringLocalizer<BookingsResource> text,
    IOutputCacheStore cache
) : PageModel
{
    public sealed class InputModel
    {
        public string? Name { get; set; } = "";

        public string? Email { get; set; } = "";

        public string? Language { get; set; } = "fr";

        public Audience Audience { get; set; }

        public string? Reason { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "debut")]
    public string? Start { get; set; }

    /// <summary>The reference of the booking just made, to say on the phone.</summary>
    [BindProperty(SupportsGet = true, Name = "reservee")]
    public string? Booked { get; set; }

    public Resource Resource { get; private set; } = null!;

    /// <summary>The slot, with its free seats; null when it is not offered (past, closed, or a forged time).</summary>
    public OpenSlot? Slot { get; private set; }

    public IReadOnlyList<Booking> Holders { get; private set; } = [];

    /// <summary>The place's questions, asked of the person on the phone as on the page.</summary>
    public IReadOnlyList<Question> Questions { get; private set; } = [];

    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostBookAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        ModelState.Remove("Input.Reason");
        var (name, email) = (Input.Name?.Trim() ?? "", Input.Email?.Trim() ?? "");
        if (name.Length is 0 or > Booking.NameMaxLength)
        {
            ModelState.AddModelError("Input.Name", text["ForSomeone_NameInvalid", Booking.NameMaxLength]);
        }
        if (email.Length > 0 && !EmailAddresses.IsPlausible(email))
        {
            ModelState.AddModelError("Input.Email", text["ForSomeone_EmailInvalid"]);
        }
        var answers = AnswerForm.Read(Questions, Request, ModelState, text) ?? "";
        if (Slot is null || !ModelState.IsValid)
        {
            return Page();
        }
        var person = BookingPerson.Called(
            name,
            email,
            MailCulture.Supported(Input.Language),
            User.RequiredAccountId()
        ) with
        {
            Answers = answers,
        };
        var outcome = await actions.BookForAsync(
            User.RequiredAccountId(),
            Resource,
            Slot.Slot.StartUtc,
            person,
            Input.Audience,
            cancellationToken
        );
        if (outcome.Booking is not { } booking)
        {
            Refusal = text[$"Refusal_{outcome.Refusal}"];
            await LoadAsync(slug, cancellationToken);
            return Page();
        }
        return Redirect($"{Here}&reservee={booking.Reference}");
    }

    public async Task<IActionResult> OnPostBlockAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken) || Resource.HasSessions)
        {
            return NotFound();
        }
        ModelState.Clear();
        var reason = Input.Reason?.Trim() ?? "";
        if (reason.Length is 0 or > Closure.ReasonMaxLength)
        {
            ModelState.AddModelError("Input.Reason", text["Closures_ReasonInvalid", Closure.ReasonMaxLength]);
        }
        if (Slot is null || !ModelState.IsValid)
        {
            return Page();
        }
        var cancelled = await actions.BlockAsync(
            User.RequiredAccountId(),
            Resource,
            Slot.Slot,
            reason,
            cancellationToken
        );
        // Nobody may book it from the public page from now on, not after its cache.
        await PublicPageCache.RefreshAsync(cache, BookingsModule.PublicPagePolicy, cancellationToken);
        return Redirect($"/gestion/reservations/{slug}?du={Slot.Day:yyyy-MM-dd}&bloque={cancelled}");
    }

    private string Here => $"/gestion/reservations/{Resource.Slug}/creneau?debut={Uri.EscapeDataString(Start ?? "")}";

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var resource = await access.ResourceAsync(User.RequiredAccountId(), slug, cancellationToken);
        if (resource is null)
        {
            return false;
        }
        Resource = resource;
        Questions = await questions.OfAsync(resource.Id, cancellationToken);
        if (SlotInput.Parse(Start) is { } start)
        {
            Slot = await slots.FindAsync(resource, start, cancellationToken);
        }
        if (Slot is { } open)
        {
            Holders = await slots.HoldersAsync(resource.Id, open.Slot, cancellationToken);
        }
        return true;
    }
}
