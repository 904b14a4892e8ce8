using Bocage.Bookings.Contracts;
using Bocage.Bookings.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Bookings.Tests.Http;

/// <summary>
/// The contract's dated sessions (<see cref="IBookingCatalog.SessionsAsync"/>), which the places engine publishes in
/// its tourism feed: those starting within the window, earliest first, a cancelled one left out, each with the
/// page to book it.
/// </summary>
public sealed class CatalogSessionsTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_coming_sessions_are_listed_within_the_window_without_the_cancelled_ones(
        DatabaseProvider provider
    )
    {
        await using var app = new BookingsFactory(provider);
        using var scope = app.Services.CreateScope();
        var catalog = scope.ServiceProvider.GetRequiredService<IBookingCatalog>();
        var now = app.Clock.GetUtcNow().UtcDateTime;

        var year = await catalog.SessionsAsync(now, now.AddYears(1), default);
        var fortnight = await catalog.SessionsAsync(now, now.AddDays(14), default);
        var db = scope.ServiceProvider.GetRequiredService<BookingsDb>();
        var first = await db.Sessions.SingleAsync(s =>
            s.Title == "Première journée : habiter et travailler à la campagne"
        );
        first.Cancel(now);
        await db.SaveChangesAsync();
        var after = await catalog.SessionsAsync(now, now.AddYears(1), default);

        var day = Assert.Single(year, s => s.Title == "Première journée : habiter et travailler à la campagne");
        Assert.Equal("Event", day.Kind);
        Assert.Equal("Journées de la ruralité", day.ResourceName);
        Assert.Equal("/reserver/journees-de-la-ruralite", day.Path);
        Assert.Equal(year.OrderBy(s => s.StartUtc).Select(s => s.Id), year.Select(s => s.Id));
        Assert.All(year, s => Assert.InRange(s.StartUtc, now, now.AddYears(1)));
        Assert.Contains(year, s => s.Kind == "Training");
        Assert.DoesNotContain(fortnight, s => s.Id == day.Id);
        Assert.NotEmpty(fortnight);
        Assert.DoesNotContain(after, s => s.Id == day.Id);
        Assert.Equal(year.Count - 1, after.Count);
    }
}
