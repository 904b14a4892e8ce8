using System.Net;
using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Hours;
using Bocage.Bookings.Domain.Reserving;
using Bocage.Kernel.Contracts;
using Bocage.Payments.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Bookings.Tests.Http;

/// <summary>
/// A priced place (Trélon's visio room, lent through the town's room-rental régie): the person's audience sets the
/// price, the booking becomes an invoice through the Payments engine's contract and is confirmed when the régie
/// says it is paid; unpaid, its hold runs out; cancelled once paid, the credit is recorded.
/// </summary>
public sealed class PaymentTests
{
    private const string Room = "salle-visio-trelon";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_priced_booking_is_invoiced_confirmed_once_paid_and_credited_when_cancelled(
        DatabaseProvider provider
    )
    {
        await using var app = new BookingsFactory(provider);
        var person = await BookingSteps.NewPersonAsync(app, "payeur@example.fr", "Irène");
        var slot = await SlotFarEnoughAsync(app);

        using var booked = await BookAsync(person, slot, "Outsider");

        var booking = await BookingAsync(app);
        Assert.Equal(
            (BookingStatus.AwaitingPayment, 2000L, Audience.Outsider),
            (booking.Status, booking.AmountCents, booking.Audience)
        );
        Assert.NotNull(booking.InvoiceId);
        Assert.Contains("À payer : 20,00", WebUtility.HtmlDecode(person.LastPage).Replace('\u00A0', ' '));
        var invoices = WebUtility.HtmlDecode(await person.OpenAsync("/factures"));
        Assert.Contains("Réservation « Salle de visioconférence »", invoices);
        Assert.Contains(await BookingSteps.MailsAsync(app, "bookings.topay"), m => m.Recipient == "payeur@example.fr");

        await SettleAsync(app, booking, InvoiceOutcome.Paid);
        await SettleAsync(app, booking, InvoiceOutcome.Paid);

        booking = await BookingAsync(app);
        Assert.Equal(BookingStatus.Confirmed, booking.Status);
        Assert.NotNull(booking.PaidAtUtc);
        Assert.Single(await BookingSteps.MailsAsync(app, "bookings.confirmed"), m =>
            m.Recipient == "payeur@example.fr"
        );

        using var cancelled = await person.SubmitAsync(
            $"/reserver/reservation/{booking.Reference}/cancel",
            new Dictionary<string, string>(),
            $"/reserver/reservation/{booking.Reference}"
        );
        Assert.Equal(2000, (await BookingAsync(app)).CreditCents);
        Assert.Contains("à vous rembourser par la régie", WebUtility.HtmlDecode(person.LastPage));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_unpaid_booking_frees_its_seat_when_its_hold_runs_out(DatabaseProvider provider)
    {
        await using var app = new BookingsFactory(provider);
        var person = await BookingSteps.NewPersonAsync(app, "oublie@example.fr");
        var slot = await SlotFarEnoughAsync(app);
        using var _ = await BookAsync(person, slot, "Inhabitant");
        Assert.Equal(1000, (await BookingAsync(app)).AmountCents);

        app.Clock.Advance(TimeSpan.FromMinutes(31));
        using (var scope = app.Services.CreateScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<WaitingList>().ExpireOffersAsync(default));
        }

        Assert.Equal(BookingStatus.Cancelled, (await BookingAsync(app)).Status);
        person = await BookingSteps.SignedInAsync(app, "oublie@example.fr");
        Assert.Contains(BookingSteps.BookButton(slot), await person.OpenAsync($"/reserver/{Room}?du={Day(slot)}"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_company_price_needs_a_verified_company_and_associations_book_for_free(
        DatabaseProvider provider
    )
    {
        await using var app = new BookingsFactory(provider);
        var person = await BookingSteps.NewPersonAsync(app, "asso@example.fr");
        var slot = await SlotFarEnoughAsync(app);

        using var company = await BookAsync(person, slot, "Company");
        Assert.Contains(
            "Le tarif entreprise demande un compte entreprise vérifié",
            WebUtility.HtmlDecode(person.LastPage)
        );
        using var association = await BookAsync(person, slot, "Association");

        var booking = await BookingAsync(app);
        Assert.Equal(
            (BookingStatus.Confirmed, 0L, Audience.Association),
            (booking.Status, booking.AmountCents, booking.Audience)
        );
        Assert.Null(booking.InvoiceId);
    }

    private static async Task<Slot> SlotFarEnoughAsync(BookingsFactory app)
    {
        // Beyond the room's 24-hour cancellation rule.
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var skip = 0;
        var slot = await BookingSteps.FreeSlotAsync(app, Room);
        while (slot.StartUtc < now.AddDays(2))
        {
            slot = await BookingSteps.FreeSlotAsync(app, Room, ++skip);
        }
        return slot;
    }

    private static async Task<HttpResponseMessage> BookAsync(Browser person, Slot slot, string audience)
    {
        await person.OpenAsync($"/reserver/{Room}?du={Day(slot)}");
        return await person.SubmitAsync(
            $"/reserver/{Room}",
            new Dictionary<string, string> { ["debut"] = BookingSteps.Value(slot), ["tarif"] = audience }
        );
    }

    private static string Day(Slot slot) =>
        DateOnly.FromDateTime(Kernel.Time.ParisTime.ToParis(slot.StartUtc)).ToString("yyyy-MM-dd");

    private static Task<Booking> BookingAsync(BookingsFactory app) =>
        BookingSteps.ReadAsync(app, db => db.Bookings.AsNoTracking().SingleAsync(b => b.ResourceId != Guid.Empty));

    /// <summary>The régie's word, as the Payments engine delivers it through its outbox.</summary>
    private static async Task SettleAsync(BookingsFactory app, Booking booking, InvoiceOutcome outcome)
    {
        using var scope = app.Services.CreateScope();
        var handlers = scope.ServiceProvider.GetServices<IDomainEventHandler<InvoiceSettled>>();
        foreach (var handler in handlers)
        {
            await handler.HandleAsync(
                new InvoiceSettled(
                    booking.InvoiceId!.Value,
                    "Bookings",
                    booking.Reference,
                    outcome,
                    booking.AmountCents,
                    Guid.NewGuid(),
                    DateTime.UtcNow
                ),
                default
            );
        }
    }
}
