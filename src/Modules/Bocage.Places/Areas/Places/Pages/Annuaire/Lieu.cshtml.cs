using System.Globalization;
using System.Text.Json.Nodes;
using Bocage.Bookings.Contracts;
using Bocage.Kernel.Territory;
using Bocage.Kernel.Time;
using Bocage.Kernel.Web;
using Bocage.Places.Data;
using Bocage.Places.Domain;
using Bocage.Places.Domain.Directory;
using Bocage.Places.Domain.Export;
using Bocage.Places.Domain.Media;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Places.Areas.Places.Pages.Annuaire;

/// <summary>
/// A place's page, <c>/annuaire/{slug}</c>: what it is, when it is open (in words, and whether it is open now),
/// how to come and reach it, its accessibility, what can be booked there (the bookings engine's contract, when that
/// engine runs) and the circuits that pass by; Schema.org JSON-LD for search engines.
/// </summary>
[OutputCache(PolicyName = PlacesModule.PublicPagePolicy)]
internal sealed class LieuModel(
    PlacesDb db,
    TerritoryNames territory,
    HoursWording hours,
    PublicSite site,
    TimeProvider clock,
    IEnumerable<IBookingCatalog> bookings
) : PageModel
{
    public Place Place { get; private set; } = null!;

    public string CommuneName { get; private set; } = "";

    public IReadOnlyList<string> HoursLines { get; private set; } = [];

    public bool OpenNow { get; private set; }

    public IReadOnlyList<Bookable> Bookables { get; private set; } = [];

    public IReadOnlyList<(string Slug, string Name)> Circuits { get; private set; } = [];

    public JsonObject JsonLd { get; private set; } = [];

    public IReadOnlyList<PlaceMedia> Media { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var place = await db.Places.AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (place is null)
        {
            return NotFound();
        }
        Place = place;
        var names = await territory.GetAsync(cancellationToken);
        CommuneName = names.Commune(place.Details.CommuneInsee);
        HoursLines = place.Details.OpeningHours.Length > 0 ? hours.Lines(place.Details.OpeningHours) : [];
        OpenNow = PlaceDirectory.IsOpen(place, ParisTime.ToParis(clock.GetUtcNow().UtcDateTime));
        var wanted = Place.Values(place.Details.Bookables);
        // Empty when the bookings engine is switched off: the page then shows nothing to book.
        if (wanted.Count > 0 && bookings.FirstOrDefault() is { } catalog)
        {
            Bookables = (await catalog.InCommuneAsync(place.Details.CommuneInsee, cancellationToken))
                .Where(b => wanted.Contains(b.Slug))
                .ToList();
        }
        // Names only: a circuit's track may hold thousands of points.
        var circuits = await db
            .Circuits.AsNoTracking()
            .Where(c => c.PlacesAlong.Contains(place.Slug))
            .OrderBy(c => c.Name)
            .Select(c => new
            {
                c.Slug,
                c.Name,
                c.PlacesAlong,
            })
            .ToListAsync(cancellationToken);
        Circuits = circuits
            .Where(c => Place.Values(c.PlacesAlong).Contains(place.Slug))
            .Select(c => (c.Slug, c.Name))
            .ToList();
        Media = await db.OfPlaceAsync(place.Id, cancellationToken);
        JsonLd = PlaceJsonLd.Describe(
            place,
            CommuneName,
            site.Absolute($"/annuaire/{place.Slug}"),
            CultureInfo.CurrentUICulture
        );
        var photos = Media.Where(m => m.Kind == MediaKind.Photo).ToList();
        if (photos.Count > 0)
        {
            JsonLd["image"] = new JsonArray(
                photos.Select(m => (JsonNode)site.Absolute(m.FilePath(place.Slug))).ToArray()
            );
        }
        return Page();
    }
}
