using Bocage.Kernel.Mail;
using Bocage.Kernel.Territory;
using Bocage.Kernel.Time;
using Bocage.Places.Data;
using Bocage.Places.Domain.Directory;
using Bocage.Places.Domain.Editing;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Places.Domain.Import;

/// <summary>
/// Reads a file line by line and says what importing it would do (<see cref="PlaceImportPlan"/>), for the
/// preview and again at the confirmation, when the directory may have changed in between. The places a file
/// updates are loaded after the reading, a few hundred at a time, tracked when the plan is to be written.
/// </summary>
internal sealed class PlaceImportPlanner(PlacesDb db, PlaceScope scope, TerritoryNames territory, PlaceWording wording)
{
    private const int LoadBatch = 500;

    public async Task<PlaceImportPlan> PlanAsync(
        string agentId,
        Stream content,
        bool forWriting,
        CancellationToken cancellationToken
    )
    {
        var check = new PlaceRowCheck(await ContextAsync(agentId, cancellationToken));
        var problems = new List<PlaceImportProblem>();
        var drafts = new List<PlaceRowDraft>();
        using var reader = PlaceCsvReader.Open(content);
        foreach (var row in reader.Rows())
        {
            drafts.Add(check.Resolve(row, problems));
        }
        if (reader.Problem is { } unreadable)
        {
            return PlaceImportPlan.Unreadable(unreadable);
        }
        if (drafts.Count == 0)
        {
            return PlaceImportPlan.Unreadable(PlaceImportProblem.OfFile("Import_NoRows"));
        }
        var existing = await PlacesAsync(
            drafts.Select(d => d.ExistingSlug).OfType<string>().ToList(),
            forWriting,
            cancellationToken
        );
        var places = new List<PlannedPlace>();
        foreach (var draft in drafts)
        {
            var place = draft.ExistingSlug is { } slug ? existing.GetValueOrDefault(slug) : null;
            if (PlaceRowCheck.Describe(draft, place, problems) is { } details)
            {
                places.Add(new PlannedPlace(draft.Row.Line, details, place));
            }
        }
        var order = PlaceCsvColumns.All.Select(c => c.Name).ToList();
        return new PlaceImportPlan
        {
            Places = places,
            Problems = problems.OrderBy(p => p.Line).ThenBy(p => order.IndexOf(p.Column)).ToList(),
            Ignored = reader.Ignored,
        };
    }

    private async Task<PlaceImportContext> ContextAsync(string agentId, CancellationToken cancellationToken)
    {
        var names = await territory.GetAsync(cancellationToken);
        var access = await scope.ScopeAsync(agentId, cancellationToken);
        // A kind is written as the form shows it, in any of the site's languages, or by its code.
        var kinds = new Dictionary<string, PlaceKind>();
        foreach (var kind in Enum.GetValues<PlaceKind>())
        {
            kinds.TryAdd(Slugs.From(kind.ToString()), kind);
            foreach (var language in SupportedCultures.Names)
            {
                kinds.TryAdd(Slugs.From(MailCulture.Render(language, () => wording.Kind(kind))), kind);
            }
        }
        var places = await db
            .Places.AsNoTracking()
            .Select(p => new PlaceEntry(p.Slug, p.Details.Name, p.Details.CommuneInsee))
            .ToListAsync(cancellationToken);
        return new PlaceImportContext(names.Communes, access, kinds, places);
    }

    private async Task<Dictionary<string, Place>> PlacesAsync(
        List<string> slugs,
        bool tracked,
        CancellationToken cancellationToken
    )
    {
        var places = new Dictionary<string, Place>();
        foreach (var batch in slugs.Chunk(LoadBatch))
        {
            var query = db.Places.Where(p => batch.Contains(p.Slug));
            foreach (var place in await (tracked ? query : query.AsNoTracking()).ToListAsync(cancellationToken))
            {
                places[place.Slug] = place;
            }
        }
        return places;
    }
}
