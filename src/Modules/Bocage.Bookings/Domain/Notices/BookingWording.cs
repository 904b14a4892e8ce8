using System.Globalization;
using Bocage.Bookings.Domain.Calendar;
using Bocage.Kernel.Territory;
using Bocage.Kernel.Time;
using Bocage.Kernel.Web;
using Microsoft.Extensions.Localization;

namespace Bocage.Bookings.Domain.Notices;

/// <summary>
/// How a booking is told in the current culture (a page's or a mail's): its day and hours in Paris time, its
/// address on the site, and what a calendar shows of it.
/// </summary>
internal sealed class BookingWording(IStringLocalizer<BookingsResource> text, PublicSite site)
{
    public static string PagePath(Booking booking) => $"/reserver/reservation/{booking.Reference}";

    /// <summary>
    /// The booking's page; for someone without an account (booked on the phone), the place's page, which says how to
    /// reach it.
    /// </summary>
    public Uri Link(Booking booking, Resource resource) =>
        new(site.Absolute(booking.AccountId.Length == 0 ? $"/reserver/{resource.Slug}" : PagePath(booking)));

    public string Host => site.Host;

    /// <summary>Where a person sees the waiting lists they are on, and leaves one.</summary>
    public const string WaitingListsPath = "/reserver/mes-reservations#attente";

    public Uri WaitingListsLink => new(site.Absolute(WaitingListsPath));

    /// <summary>« samedi 12 décembre 2026, de 10:00 à 11:00 ».</summary>
    public string When(DateTime startUtc, DateTime endUtc)
    {
        var (start, end) = (ParisTime.ToParis(startUtc), ParisTime.ToParis(endUtc));
        return text[
            "When",
            start.ToString("dddd d MMMM yyyy", CultureInfo.CurrentCulture),
            start.ToString("HH:mm", CultureInfo.InvariantCulture),
            end.ToString("HH:mm", CultureInfo.InvariantCulture)
        ];
    }

    /// <summary>« du jeudi 24 décembre au samedi 26 décembre 2026 », or « le jeudi 24 décembre 2026 ».</summary>
    public string Period(DateOnly first, DateOnly last) =>
        first == last
            ? text["Period_Day", first.ToString("dddd d MMMM yyyy", CultureInfo.CurrentCulture)]
            : text[
                "Period_Days",
                first.ToString(
                    first.Year == last.Year ? "dddd d MMMM" : "dddd d MMMM yyyy",
                    CultureInfo.CurrentCulture
                ),
                last.ToString("dddd d MMMM yyyy", CultureInfo.CurrentCulture)
            ];

    /// <summary>A closure's days, or its hours when it blocks a slot.</summary>
    public string Closed(Closure closure) =>
        closure.IsHours ? When(closure.StartUtc, closure.EndUtc) : Period(closure.FirstDay, closure.LastDay);

    /// <summary>The commune a resource stands in, or the intercommunality's name for its own.</summary>
    public static string Commune(CollectivityNames names, string? insee) =>
        insee is null ? names.Intercommunality : names.Commune(insee);

    public string Kind(ResourceKind kind) => text[$"Kind_{kind}"];

    public string Where(Resource resource, string communeName) =>
        string.IsNullOrEmpty(resource.Address) ? communeName : $"{resource.Address}, {communeName}";

    public BookingEventText Event(Booking booking, Resource resource, string communeName) =>
        new(
            resource.Name,
            text["Calendar_Description", booking.Reference, Link(booking, resource)],
            Where(resource, communeName),
            Link(booking, resource)
        );
}
