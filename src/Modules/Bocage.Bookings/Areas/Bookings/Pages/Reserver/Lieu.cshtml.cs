using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Availability;
using Bocage.Bookings.Domain.Questions;
using Bocage.Bookings.Domain.Reserving;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Bocage.Bookings.Areas.Bookings.Pages.Reserver;

/// <summary>
/// A resource's page: what it is, its opening hours in words (or its sessions), and its free slots, each a button
/// of a plain form. Booking asks for an account (the confirmation and the cancellation page are the person's); a
/// slot taken meanwhile is answered « créneau déjà pris » with the next free ones; a full slot has its waiting
/// list; a mediator may book for a person who gave them a mandate. The place's questions are answered in the same
/// form as the slot is chosen.
/// </summary>
[OutputCache(PolicyName = BookingsModule.PublicPagePolicy)]
internal sealed class LieuModel(
    ResourcePage pages,
    BookingDesk desk,
    WaitingList waiting,
    BookingPeople people,
    AuditLog audit,
    IStringLocalizer<BookingsResource> text
) : PageModel
{
    public ResourceView View { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "du")]
    public DateOnly? From { get; set; }

    /// <summary>The mandate a mediator books under; empty for themselves.</summary>
    [BindProperty(Name = "pour")]
    public Guid? For { get; set; }

    public IReadOnlyList<(Guid Mandate, string Person)> Mandates { get; private set; } = [];

    /// <summary>The audience whose price the person pays, for a priced place.</summary>
    [BindProperty(Name = "tarif")]
    public Audience Audience { get; set; }

    public BookingRefusal? Refusal { get; private set; }

    public IReadOnlyList<OpenSlot> Alternatives { get; private set; } = [];

    /// <summary>The person's place in the waiting list they just joined.</summary>
    public int? WaitingPosition { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, string? debut, CancellationToken cancellationToken)
    {
        if (User.AccountId() is not { } accountId)
        {
            return Challenge();
        }
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        var person = await people.ForAsync(accountId, For, cancellationToken);
        if (person is null)
        {
            return Refused(BookingRefusal.MandateUnusable);
        }
        if (SlotInput.Parse(debut) is not { } start)
        {
            return Refused(BookingRefusal.NoSuchSlot);
        }
        if (!await people.MayUseAsync(person, Audience, cancellationToken))
        {
            return Refused(BookingRefusal.AudienceNotAllowed);
        }
        if (AnswerForm.Read(View.Questions, Request, ModelState, text) is not { } answers)
        {
            return Page();
        }
        var outcome = await desk.BookAsync(
            View.Resource,
            start,
            person with
            {
                Answers = answers,
            },
            Audience,
            cancellationToken
        );
        if (outcome.Booking is { } booking)
        {
            if (person.BookedBy is { } mediator)
            {
                // « réalisé par X pour le compte de Y »: the mediator acts, the person is who it is for.
                await audit.AppendAsync(
                    AuditActor.Of(mediator),
                    "bookings.book",
                    $"booking:{View.Resource.Slug}:{booking.Reference}",
                    View.Resource.CommuneInsee,
                    onBehalfOf: AuditActor.Of(person.AccountId),
                    cancellationToken: cancellationToken
                );
            }
            return Redirect($"/reserver/reservation/{booking.Reference}?nouvelle=true");
        }
        if (outcome.Refusal == BookingRefusal.Taken)
        {
            Alternatives = await pages.NextAsync(View.Resource, cancellationToken);
            await LoadAsync(slug, cancellationToken);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        return Refused(outcome.Refusal!.Value);
    }

    /// <summary>« Liste d'attente » on a full slot: the person's place in the queue, or why not.</summary>
    public async Task<IActionResult> OnPostWaitAsync(string slug, string? debut, CancellationToken cancellationToken)
    {
        if (User.AccountId() is not { } accountId)
        {
            return Challenge();
        }
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }
        if (
            SlotInput.Parse(debut) is not { } start
            || await people.ForAsync(accountId, null, cancellationToken) is not { } me
        )
        {
            return Refused(BookingRefusal.NoSuchSlot);
        }
        if (AnswerForm.Read(View.Questions, Request, ModelState, text) is not { } answers)
        {
            return Page();
        }
        var (position, refusal) = await waiting.JoinAsync(
            View.Resource,
            start,
            me with
            {
                Answers = answers,
            },
            cancellationToken
        );
        if (refusal is { } why)
        {
            return Refused(why);
        }
        WaitingPosition = position;
        return Page();
    }

    private PageResult Refused(BookingRefusal refusal)
    {
        Refusal = refusal;
        return Page();
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        if (await pages.ReadAsync(slug, From, cancellationToken) is not { } view)
        {
            return false;
        }
        View = view;
        if (User.AccountId() is { } accountId)
        {
            Mandates = await people.MandatesAsync(accountId, cancellationToken);
        }
        return true;
    }
}
