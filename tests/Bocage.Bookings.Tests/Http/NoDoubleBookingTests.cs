using System.Net;
using Bocage.Bookings.Data;
using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Hours;
using Bocage.Bookings.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Bookings.Tests.Http;

/// <summary>
/// No double booking, ever: a hundred people press « Réserver » on the same slot at once, over HTTP, on both
/// databases.
/// </summary>
public sealed class NoDoubleBookingTests
{
    private const int People = 100;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_hundred_people_racing_for_the_last_place_get_one_booking_and_the_others_the_next_free_slots(
        DatabaseProvider provider
    )
    {
        await using var app = new BookingsFactory(provider);
        var slot = await BookingSteps.FreeSlotAsync(app, BookingsDemo.StudioSlug);

        var answers = await RaceAsync(app, BookingsDemo.StudioSlug, slot);

        Assert.Equal(1, await CountAsync(app, slot));
        Assert.Single(answers, a =>
            a.Status == HttpStatusCode.OK && a.Page.Contains("Votre réservation est confirmée")
        );
        var refused = answers.Where(a => a.Status == HttpStatusCode.Conflict).ToList();
        Assert.Equal(People - 1, refused.Count);
        Assert.All(refused, a => Assert.Contains("Créneau déjà pris", a.Page));
        Assert.All(refused, a => Assert.Contains("Les prochains créneaux libres", a.Page));
        Assert.All(refused, a => Assert.DoesNotContain(BookingSteps.BookButton(slot), a.Page));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_hundred_people_racing_for_six_desks_get_six_distinct_seats(DatabaseProvider provider)
    {
        await using var app = new BookingsFactory(provider);
        var slot = await BookingSteps.FreeSlotAsync(app, BookingsDemo.CoworkingSlug);

        var answers = await RaceAsync(app, BookingsDemo.CoworkingSlug, slot);

        var seats = await BookingSteps.ReadAsync(app, db =>
            db.Bookings.Where(b => b.StartUtc == slot.StartUtc).Select(b => b.Seat).ToListAsync()
        );
        Assert.Equal([1, 2, 3, 4, 5, 6], seats.Order());
        Assert.Equal(6, answers.Count(a => a.Status == HttpStatusCode.OK));
        Assert.Equal(People - 6, answers.Count(a => a.Status == HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task PostgreSQL_refuses_two_bookings_of_one_seat_whose_times_merely_overlap()
    {
        await using var app = new BookingsFactory(DatabaseProvider.Postgres);
        var resource = await BookingSteps.ResourceAsync(app, BookingsDemo.StudioSlug);
        var slot = await BookingSteps.FreeSlotAsync(app, BookingsDemo.StudioSlug);
        var person = new BookingPerson("a", "A", "a@example.fr", "fr");
        var shifted = new Slot(slot.StartUtc.AddMinutes(30), slot.EndUtc.AddMinutes(30));

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BookingsDb>();
        db.Bookings.Add(Booking.Create(resource.Id, slot, 1, person, DateTime.UtcNow));
        await db.SaveChangesAsync();
        db.Bookings.Add(Booking.Create(resource.Id, shifted, 1, person, DateTime.UtcNow));

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Contains(BookingConfiguration.OverlapConstraint, refused.InnerException!.Message);
    }

    private static async Task<int> CountAsync(BookingsFactory app, Slot slot) =>
        await BookingSteps.ReadAsync(app, db =>
            db.Bookings.CountAsync(b => b.StartUtc == slot.StartUtc && b.Status == BookingStatus.Confirmed)
        );

    /// <summary>A hundred signed-in people on the page, then all their « Réserver » at once.</summary>
    private static async Task<List<(HttpStatusCode Status, string Page)>> RaceAsync(
        BookingsFactory app,
        string slug,
        Slot slot
    )
    {
        var people = new List<Browser>();
        for (var i = 0; i < People; i++)
        {
            var person = await BookingSteps.NewPersonAsync(app, $"course{i}@example.fr");
            await person.OpenAsync($"/reserver/{slug}");
            people.Add(person);
        }
        using var start = new SemaphoreSlim(0);
        var presses = people
            .Select(async person =>
            {
                await start.WaitAsync();
                using var response = await person.SubmitAsync(
                    $"/reserver/{slug}",
                    new Dictionary<string, string> { ["debut"] = BookingSteps.Value(slot) }
                );
                return (response.StatusCode, WebUtility.HtmlDecode(person.LastPage));
            })
            .ToList();
        start.Release(People);
        return [.. await Task.WhenAll(presses)];
    }
}
