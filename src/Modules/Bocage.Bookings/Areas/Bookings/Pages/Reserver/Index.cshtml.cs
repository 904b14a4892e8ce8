using Bocage.Bookings.Data;
using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Availability;
using Bocage.Kernel.Data;
using Bocage.Kernel.Territory;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Areas.Bookings.Pages.Reserver;

/// <summary>
/// <c>/reserver</c>: everything bookable in the 12 communes and at the intercommunality, filtered by kind, commune
/// and step-free access, each with its next free slot. A plain GET form: it works without JavaScript.
/// </summary>
internal sealed class IndexModel(BookingsDb db, KernelDb kernel, FreeSlots slots) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "type")]
    public ResourceKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "commune")]
    public string? Commune { get; set; }

    [BindProperty(SupportsGet = true, Name = "plain-pied")]
    public bool StepFreeOnly { get; set; }

    public bool Filtered => Kind is not null || !string.IsNullOrEmpty(Commune) || StepFreeOnly;

    public IReadOnlyList<(Resource Resource, OpenSlot? Next)> Results { get; private set; } = [];

    public CollectivityNames Names { get; private set; } = new("", new Dictionary<string, string>());

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Names = await CollectivityNames.LoadAsync(kernel, cancellationToken);
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
        var resources = await query.OrderBy(r => r.Name).ToListAsync(cancellationToken);
        var results = new List<(Resource, OpenSlot?)>();
        foreach (var resource in resources)
        {
            var next = await slots.NextAsync(resource, 1, cancellationToken);
            results.Add((resource, next.FirstOrDefault()));
        }
        Results = results;
    }
}
