using System.Net;
using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Reserving;
using Bocage.Bookings.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Bookings.Tests.Http;

/// <summary>
/// A full slot's waiting list, first come first served: the freed seat is held for the first person waiting and
/// mailed to them with a deadline; an offer not taken in time goes to the next.
/// </summary>
public sealed class WaitingListTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_freed_seat_goes_to_the_first_waiting_who_confirms_it(DatabaseProvider provider)
    {
        await using var app = new BookingsFactory(provider);
        var (slot, holder, first, second) = await FullSlotWithTwoWaitingAsync(app);

        using var _ = await CancelAsync(holder, await ReferenceOfAsync(app, "holder@example.fr"));

        var offered = await BookingSteps.ReadAsync(app, db =>
            db.Bookings.AsNoTracking().SingleAsync(b => b.Email == "first@example.fr")
        );
        Assert.Equal(BookingStatus.Offered, offered.Status);
        Assert.Equal(slot.StartUtc, offered.StartUtc);
        Assert.False(
            await BookingSteps.ReadAsync(app, db => db.Bookings.AnyAsync(b => b.Email == "second@example.fr"))
        );
        var mail = Assert.Single(await BookingSteps.MailsAsync(app, "bookings.offered"));
        Assert.Equal("first@example.fr", mail.Recipient);
        Assert.Contains($"/reserver/reservation/{offered.Reference}", mail.TextBody);
        // Nobody else can take the held seat meanwhile.
        using var stranger = await BookingSteps.BookAsync(
            await BookingSteps.NewPersonAsync(app, "stranger@example.fr"),
            BookingsDemo.StudioSlug,
            slot
        );
        Assert.Equal(HttpStatusCode.Conflict, stranger.StatusCode);

        using var taken = await first.SubmitAsync(
            $"/reserver/reservation/{offered.Reference}/confirm",
            new Dictionary<string, string>(),
            $"/reserver/reservation/{offered.Reference}"
        );

        Assert.Equal(
            BookingStatus.Confirmed,
            (
                await BookingSteps.ReadAsync(app, db => db.Bookings.AsNoTracking().SingleAsync(b => b.Id == offered.Id))
            ).Status
        );
        Assert.Contains(await BookingSteps.MailsAsync(app, "bookings.confirmed"), m =>
            m.Recipient == "first@example.fr"
        );
        Assert.Contains("n° 1", WebUtility.HtmlDecode(await JoinAsync(second, slot)));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_offer_not_taken_in_time_goes_to_the_next_person_waiting(DatabaseProvider provider)
    {
        await using var app = new BookingsFactory(provider);
        var (slot, holder, _, _) = await FullSlotWithTwoWaitingAsync(app);
        using var _ = await CancelAsync(holder, await ReferenceOfAsync(app, "holder@example.fr"));
        var resource = await BookingSteps.ResourceAsync(app, BookingsDemo.StudioSlug);

        app.Clock.Advance(TimeSpan.FromHours(resource.OfferHours) + TimeSpan.FromMinutes(1));
        using (var scope = app.Services.CreateScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<WaitingList>().ExpireOffersAsync(default));
        }

        var bookings = await BookingSteps.ReadAsync(app, db =>
            db.Bookings.AsNoTracking().Where(b => b.StartUtc == slot.StartUtc).ToListAsync()
        );
        Assert.Equal(BookingStatus.Cancelled, bookings.Single(b => b.Email == "first@example.fr").Status);
        Assert.Equal(BookingStatus.Offered, bookings.Single(b => b.Email == "second@example.fr").Status);
        Assert.Contains(await BookingSteps.MailsAsync(app, "bookings.offered"), m =>
            m.Recipient == "second@example.fr"
        );
        // The lapsed offer leaves the first person's calendar too.
        Assert.Contains(await BookingSteps.MailsAsync(app, "bookings.cancelled"), m =>
            m.Recipient == "first@example.fr"
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Joining_is_mailed_with_the_place_in_the_queue_and_the_person_can_leave_it(
        DatabaseProvider provider
    )
    {
        await using var app = new BookingsFactory(provider);
        var (slot, _, first, second) = await FullSlotWithTwoWaitingAsync(app);

        // One mail each, once, however many times they pressed: their place and where to see it.
        var mails = await BookingSteps.MailsAsync(app, "bookings.waiting");
        Assert.Equal(["first@example.fr", "second@example.fr"], mails.Select(m => m.Recipient).Order());
        var toSecond = mails.Single(m => m.Recipient == "second@example.fr");
        Assert.StartsWith("Liste d'attente : Studio", toSecond.Subject, StringComparison.Ordinal);
        Assert.Contains("Vous êtes n° 2 sur la liste d'attente", toSecond.TextBody);
        Assert.Contains("http://localhost/reserver/mes-reservations#attente", toSecond.TextBody);

        // The link leads to the queue, and leaving it moves the next person up.
        var mine = WebUtility.HtmlDecode(await first.OpenAsync("/reserver/mes-reservations"));
        Assert.Contains("Mes listes d'attente", mine);
        Assert.Contains("Vous êtes n° 1 sur la liste d'attente", mine);
        var entry = await BookingSteps.ReadAsync(app, db =>
            db.WaitingList.Where(w => w.Email == "first@example.fr").Select(w => w.Id).SingleAsync()
        );
        // Nobody leaves another person's queue.
        using (
            var foreign = await second.SubmitAsync(
                "/reserver/mes-reservations/leave",
                new Dictionary<string, string> { ["entry"] = entry.ToString() },
                "/reserver/mes-reservations"
            )
        )
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }
        using var left = await first.SubmitAsync(
            "/reserver/mes-reservations/leave",
            new Dictionary<string, string> { ["entry"] = entry.ToString() }
        );
        Assert.Contains("Vous n'êtes plus sur la liste d'attente", WebUtility.HtmlDecode(first.LastPage));
        Assert.DoesNotContain("Mes listes d'attente", WebUtility.HtmlDecode(first.LastPage));
        Assert.Contains(
            "Vous êtes n° 1 sur la liste d'attente",
            WebUtility.HtmlDecode(await second.OpenAsync("/reserver/mes-reservations"))
        );
        Assert.Equal(
            slot.StartUtc,
            (await BookingSteps.ReadAsync(app, db => db.WaitingList.AsNoTracking().SingleAsync())).StartUtc
        );
    }

    /// <summary>The studio's first slot far enough ahead, booked by « holder », two people waiting in order.</summary>
    private static async Task<(
        Domain.Hours.Slot Slot,
        Browser Holder,
        Browser First,
        Browser Second
    )> FullSlotWithTwoWaitingAsync(BookingsFactory app)
    {
        var slot = await BookingSteps.FreeSlotAsync(app, BookingsDemo.StudioSlug, skip: 8);
        var holder = await BookingSteps.NewPersonAsync(app, "holder@example.fr");
        using var _ = await BookingSteps.BookAsync(holder, BookingsDemo.StudioSlug, slot);
        var first = await BookingSteps.NewPersonAsync(app, "first@example.fr");
        var second = await BookingSteps.NewPersonAsync(app, "second@example.fr");
        Assert.Contains("n° 1", WebUtility.HtmlDecode(await JoinAsync(first, slot)));
        Assert.Contains("n° 2", WebUtility.HtmlDecode(await JoinAsync(second, slot)));
        // Joining twice keeps one place in the queue.
        Assert.Contains("n° 1", WebUtility.HtmlDecode(await JoinAsync(first, slot)));
        return (slot, holder, first, second);
    }

    private static async Task<string> JoinAsync(Browser person, Domain.Hours.Slot slot)
    {
        await person.OpenAsync("/reserver/" + BookingsDemo.StudioSlug);
        using var _ = await person.SubmitAsync(
            $"/reserver/{BookingsDemo.StudioSlug}?handler=Wait",
            new Dictionary<string, string> { ["debut"] = BookingSteps.Value(slot) }
        );
        return person.LastPage;
    }

    private static Task<string> ReferenceOfAsync(BookingsFactory app, string email) =>
        BookingSteps.ReadAsync(app, db =>
            db.Bookings.Where(b => b.Email == email).Select(b => b.Reference).SingleAsync()
        );

    private static Task<HttpResponseMessage> CancelAsync(Browser person, string reference) =>
        person.SubmitAsync(
            $"/reserver/reservation/{reference}/cancel",
            new Dictionary<string, string>(),
            $"/reserver/reservation/{reference}"
        );
}
