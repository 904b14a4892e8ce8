using Bocage.Bookings.Data;
using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Availability;
using Bocage.Kernel.Territory;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Areas.Bookings.Pages.Reserver;

/// <summary>
/// <c>/reserver</c>: everything bookable in the 12 communes and at the intercommunality, filtered by kind, commune
/// and step-free access, each with its next free slot. A plain GET form: it works without JavaScript.
/// </summary>
[OutputCache(PolicyName = BookingsModule.PublicPagePolicy)]
internal sealed class IndexModel(BookingsDb db, TerritoryNames territory, FreeSlots slots) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "type")]
    public ResourceKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "commune")]
    public string? Commune { get; set; }

    [BindProperty(SupportsGet = true, Name = "plain-pied")]
    public bool StepFreeOnly { get; set; }

    /// <summary>Only what is free for an inhabitant of the territory.</summary>
    [BindProperty(SupportsGet = true, Name = "gratuit")]
    public bool FreeOnly { get; set; }

    /// <summary>Only what has a free slot that day (Paris).</summary>
    [BindProperty(SupportsGet = true, Name = "jour")]
    public DateOnly? Day { get; set; }

    public bool Filtered =>
        Kind is not null || !string.IsNullOrEmpty(Commune) || StepFreeOnly || FreeOnly || Day is not null;

    public IReadOnlyList<(Resource Resource, OpenSlot? Next)> Results { get; private set; } = [];

    public CollectivityNames Names { get; private set; } = new("", new Dictionary<string, string>());

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Names = await territory.GetAsync(cancellationToken);
        var query = db.Resources.AsNoTracking();
        if (Kind is { } kind)
        {
            query = query.Where(r => r.Kind == kind);
        }
        if (!string.IsNullOrEmpty(Commune))
        {
            query = query.Where(r => r.CommuneInsee == Commune);
        }
        if (StepFreeOnly)
        {
            query = query.Where(r => r.StepFree);
        }
        if (FreeOnly)
        {
            query = query.Where(r => r.PriceCents == 0);
        }
        var resources = await query.OrderBy(r => r.Name).ToListAsync(cancellationToken);
        var results = new List<(Resource, OpenSlot?)>();
        foreach (var resource in resources)
        {
            var next = Day is { } day
                ? (await slots.BetweenAsync(resource, day, day, cancellationToken))
                    .Where(s => s.IsFree)
                    .Take(1)
                    .ToList()
                : await slots.NextAsync(resource, 1, cancellationToken);
            // Asked for a day, a place without a free slot that day is left out.
            if (Day is null || next.Count > 0)
            {
                results.Add((resource, next.FirstOrDefault()));
            }
        }
        Results = results;
    }
}
