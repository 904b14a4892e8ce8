namespace Bocage.Places.Contracts;

/// <summary>
/// A place of the directory as another engine may show or link it: the agenda names where an event happens, the
/// commerce engine lists shops and producers, a commune's page its services.
/// </summary>
/// <param name="Slug">Stable key, also the end of its page's address.</param>
/// <param name="Kind">The directory's kind (<c>Museum</c>, <c>Shop</c>, <c>Producer</c>, <c>Mediation</c>…).</param>
/// <param name="Path">The site path of its page, <c>/annuaire/{slug}</c>.</param>
public sealed record DirectoryPlace(
    string Slug,
    string Name,
    string Kind,
    string CommuneInsee,
    string Address,
    double Latitude,
    double Longitude,
    string Path
);

/// <summary>
/// What the directory offers the other engines. The Places engine implements it; when it is switched off nothing is
/// registered, and callers show the place's name without a link (resolve it with <c>GetService</c>).
/// </summary>
public interface IPlaceCatalog
{
    Task<DirectoryPlace?> FindAsync(string slug, CancellationToken cancellationToken);

    /// <summary>
    /// The place that lists this bookable resource (its slug in the bookings engine) among what can be booked there:
    /// the bookings engine shows its photos and links its page; null when no place lists it.
    /// </summary>
    Task<DirectoryPlace?> HostOfAsync(string bookableSlug, CancellationToken cancellationToken);

    /// <summary>A place's photos in its agents' order, their words in the page's language.</summary>
    Task<IReadOnlyList<DirectoryPhoto>> PhotosAsync(string slug, CancellationToken cancellationToken);

    /// <summary>The places of a commune (its INSEE code), of the given kinds, or of every kind for none.</summary>
    Task<IReadOnlyList<DirectoryPlace>> InCommuneAsync(
        string communeInsee,
        IReadOnlyCollection<string> kinds,
        CancellationToken cancellationToken
    );
}
