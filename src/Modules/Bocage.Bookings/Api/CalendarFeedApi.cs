using System.Text;
using Bocage.Bookings.Data;
using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Calendar;
using Bocage.Bookings.Domain.Notices;
using Bocage.Kernel.Mail;
using Bocage.Kernel.Territory;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Bookings.Api;

/// <summary>
/// <c>GET /reserver/agenda/{token}.ics</c>: a person's bookings (the last month and everything to come) as an
/// iCalendar feed their calendar application subscribes to, in their language. The token is the only key, so an
/// unknown one is a plain 404.
/// </summary>
internal static class CalendarFeedApi
{
    public const int PastDays = 31;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/reserver/agenda/{token}.ics", FeedAsync).ExcludeFromDescription();

    private static async Task<IResult> FeedAsync(
        string token,
        BookingsDb db,
        TerritoryNames territory,
        BookingWording wording,
        LocalizedMailer languages,
        IStringLocalizer<BookingsResource> text,
        TimeProvider clock,
        CancellationToken cancellationToken
    )
    {
        var hash = CalendarFeed.Hash(token);
        var feed = await db
            .CalendarFeeds.AsNoTracking()
            .SingleOrDefaultAsync(f => f.TokenHash == hash, cancellationToken);
        if (feed is null)
        {
            return Results.NotFound();
        }
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-PastDays);
        var bookings = await db
            .Bookings.AsNoTracking()
            .Where(b => b.AccountId == feed.AccountId && b.EndUtc > since)
            .Join(db.Resources.AsNoTracking(), b => b.ResourceId, r => r.Id, (b, r) => new { b, r })
            .OrderBy(x => x.b.StartUtc)
            .ToListAsync(cancellationToken);
        var names = await territory.GetAsync(cancellationToken);
        var language = await languages.LanguageOfAccountAsync(feed.AccountId, "fr", cancellationToken);
        var ics = MailCulture.Render(language, () =>
            BookingCalendar.Feed(
                bookings.Select(x => (x.b, wording.Event(x.b, x.r, BookingWording.Commune(names, x.r.CommuneInsee)))),
                text["Mine_Title"],
                wording.Host
            )
        );
        return Results.Text(ics, BookingCalendar.ContentType + "; charset=utf-8", Encoding.UTF8);
    }
}
