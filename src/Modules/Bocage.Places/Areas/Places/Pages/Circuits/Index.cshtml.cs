using Bocage.Kernel.Territory;
using Bocage.Places.Data;
using Bocage.Places.Domain;
using Bocage.Places.Domain.Circuits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Places.Areas.Places.Pages.Circuits;

/// <summary>The circuits of the territory, <c>/circuits</c>, filtered by practice (a GET form).</summary>
[OutputCache(PolicyName = PlacesModule.PublicPagePolicy)]
internal sealed class IndexModel(PlacesDb db, TerritoryNames territory) : PageModel
{
    /// <summary>A circuit as the list shows it, without its track.</summary>
    public sealed record Row(
        string Slug,
        string Name,
        Practice Practice,
        int Difficulty,
        int DurationMinutes,
        int LengthMetres,
        int ClimbMetres,
        string StartCommuneInsee,
        Localized Summary
    );

    [BindProperty(SupportsGet = true, Name = "pratique")]
    public string? PracticeText { get; set; }

    public Practice? Practice { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public CollectivityNames Names { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Practice = Enum.TryParse<Practice>(PracticeText, true, out var practice) ? practice : null;
        Names = await territory.GetAsync(cancellationToken);
        var query = db.Circuits.AsNoTracking();
        if (Practice is { } wanted)
        {
            query = query.Where(c => c.Practice == wanted);
        }
        // Projected: a list never reads the tracks.
        Rows = await query
            .OrderBy(c => c.Name)
            .Select(c => new Row(
                c.Slug,
                c.Name,
                c.Practice,
                c.Difficulty,
                c.DurationMinutes,
                c.LengthMetres,
                c.ClimbMetres,
                c.StartCommuneInsee,
                c.Summary
            ))
            .ToListAsync(cancellationToken);
    }
}
