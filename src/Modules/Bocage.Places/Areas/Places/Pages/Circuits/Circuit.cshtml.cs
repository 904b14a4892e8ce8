using Bocage.Kernel.Territory;
using Bocage.Places.Data;
using Bocage.Places.Domain;
using Bocage.Places.Domain.Circuits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Places.Areas.Places.Pages.Circuits;

/// <summary>
/// A circuit's page, <c>/circuits/{slug}</c>: its figures, the track drawn with its numbered steps, the steps as
/// an ordered list, the elevation profile as a drawing and as a table, the places along the way and the downloads.
/// Everything is readable without JavaScript.
/// </summary>
[OutputCache(PolicyName = PlacesModule.PublicPagePolicy)]
internal sealed class CircuitModel(PlacesDb db, TerritoryNames territory) : PageModel
{
    public Circuit Circuit { get; private set; } = null!;

    public string StartCommune { get; private set; } = "";

    public TrackDrawing Drawing { get; private set; } = null!;

    public ElevationProfile? Profile { get; private set; }

    public double Descent { get; private set; }

    public IReadOnlyList<Place> Along { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var circuit = await db.Circuits.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (circuit is null)
        {
            return NotFound();
        }
        Circuit = circuit;
        StartCommune = (await territory.GetAsync(cancellationToken)).Commune(circuit.StartCommuneInsee);
        Drawing = TrackDrawing.Of(circuit.Points, circuit.Steps);
        Profile = ElevationProfile.Of(circuit.Points);
        Descent = Track.ClimbAndDescent(circuit.Points).Descent;
        var slugs = Place.Values(circuit.PlacesAlong).ToList();
        Along = await db
            .Places.AsNoTracking()
            .Where(p => slugs.Contains(p.Slug))
            .OrderBy(p => p.Details.Name)
            .ToListAsync(cancellationToken);
        return Page();
    }
}
