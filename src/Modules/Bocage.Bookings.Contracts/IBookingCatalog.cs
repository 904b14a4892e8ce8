namespace Bocage.Bookings.Contracts;

/// <summary>
/// What can be booked, for the other engines' pages: the directory shows « réservable ici » on a place, the
/// commune page lists its bookable rooms, the tourism feed its dated events. The Bookings engine implements it;
/// when it is switched off nothing is registered, and callers show nothing (resolve it with <c>GetService</c>).
/// </summary>
public interface IBookingCatalog
{
    /// <summary>Every bookable resource of a commune (its INSEE code), or the intercommunality's for null.</summary>
    Task<IReadOnlyList<Bookable>> InCommuneAsync(string? communeInsee, CancellationToken cancellationToken);

    /// <summary>
    /// The sessions of trainings and events starting from <paramref name="fromUtc"/> until before
    /// <paramref name="untilUtc"/>, not cancelled, earliest first: the tourism feed and the agenda list them.
    /// </summary>
    Task<IReadOnlyList<BookableSession>> SessionsAsync(
        DateTime fromUtc,
        DateTime untilUtc,
        CancellationToken cancellationToken
    );
}
