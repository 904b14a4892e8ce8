using System.Globalization;
using Bocage.Bookings.Data;
using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Availability;
using Bocage.Bookings.Domain.Notices;
using Bocage.Bookings.Domain.Reserving;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Data;
using Bocage.Kernel.Mail;
using Bocage.Kernel.Territory;
using Bocage.Kernel.Time;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Areas.Bookings.Pages.Reserver;

/// <summary>
/// A resource's page: what it is, its opening hours in words, and a week of free slots, each a button of a plain
/// form. Booking asks for an account (the confirmation and the cancellation page are the person's); a slot taken
/// meanwhile is answered « créneau déjà pris » with the next free ones.
/// </summary>
internal sealed class LieuModel(
    BookingsDb db,
    KernelDb kernel,
    FreeSlots slots,
    BookingDesk desk,
    HoursWording hoursWording,
    UserManager<Account> users
) : PageModel
{
    public const int Days = 7;

    public Resource Resource { get; private set; } = null!;

    public string CommuneName { get; private set; } = "";

    public IReadOnlyList<string> HoursLines { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "du")]
    public DateOnly? From { get; set; }

    public DateOnly FirstDay { get; private set; }

    public DateOnly Today => slots.Today;

    public DateOnly LastBookableDay => slots.Today.AddDays(FreeSlots.HorizonDays);

    public IReadOnlyList<IGrouping<DateOnly, OpenSlot>> Week { get; private set; } = [];

    public BookingRefusal? Refusal { get; private set; }

    public IReadOnlyList<OpenSlot> Alternatives { get; private set; } = [];

    public static string SlotValue(DateTime startUtc) => startUtc.ToString("O", CultureInfo.InvariantCulture);

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
        var account = await users.FindByIdAsync(accountId);
        if (account?.Email is null)
        {
            return Challenge();
        }
        if (!DateTime.TryParse(debut, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var start))
        {
            Refusal = BookingRefusal.NoSuchSlot;
            return Page();
        }
        var person = new BookingPerson(
            accountId,
            $"{account.GivenName} {account.FamilyName}".Trim(),
            account.Email,
            MailCulture.Current
        );
        var outcome = await desk.BookAsync(
            Resource,
            DateTime.SpecifyKind(start, DateTimeKind.Utc),
            person,
            cancellationToken
        );
        if (outcome.Booking is { } booking)
        {
            return Redirect($"/reserver/reservation/{booking.Reference}?nouvelle=true");
        }
        Refusal = outcome.Refusal;
        Alternatives = await slots.NextAsync(Resource, 3, cancellationToken);
        await LoadWeekAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var resource = await db.Resources.AsNoTracking().SingleOrDefaultAsync(r => r.Slug == slug, cancellationToken);
        if (resource is null)
        {
            return false;
        }
        Resource = resource;
        HoursLines = hoursWording.Lines(resource.OpeningHours);
        var names = await CollectivityNames.LoadAsync(kernel, cancellationToken);
        CommuneName = BookingWording.Commune(names, resource.CommuneInsee);
        await LoadWeekAsync(cancellationToken);
        return true;
    }

    private async Task LoadWeekAsync(CancellationToken cancellationToken)
    {
        // A week asked for outside the bookable period shows the nearest bookable one, not an empty page.
        FirstDay = From is { } from && from >= Today && from <= LastBookableDay ? from : Today;
        var open = await slots.BetweenAsync(Resource, FirstDay, FirstDay.AddDays(Days - 1), cancellationToken);
        Week = open.GroupBy(s => DateOnly.FromDateTime(ParisTime.ToParis(s.Slot.StartUtc))).ToList();
    }
}
