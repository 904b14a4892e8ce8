using Bocage.Kernel.Data;
using Bocage.Kernel.Roadmap;
using Bocage.Kernel.Territory;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Kernel.Seed;

/// <summary>
/// The Sud Avesnois territory: its communes from the INSEE census file with their official outlines (IGN Admin
/// Express, see Seed/README.md), its services and partners, and the roadmap. Upserts by natural key, so running it
/// twice leaves the same data.
/// </summary>
public static class KernelSeed
{
    public const string TerritorySlug = "cc-sud-avesnois";

    public static async Task RunAsync(KernelDb db, CancellationToken cancellationToken)
    {
        await SeedTerritoryAsync(db, cancellationToken);
        await SeedOrganisationsAsync(db, cancellationToken);
        await SeedRoadmapAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task SeedTerritoryAsync(KernelDb db, CancellationToken cancellationToken)
    {
        var territory = await db
            .Intercommunalities.Include(t => t.Communes)
            .FirstOrDefaultAsync(t => t.Slug == TerritorySlug, cancellationToken);
        if (territory is null)
        {
            territory = new Intercommunality(TerritorySlug, "Communauté de Communes Sud Avesnois", "CCSA");
            db.Intercommunalities.Add(territory);
        }
        using var reader = SeedFiles.Open("communes.csv");
        using var outlineReader = SeedFiles.Open("communes.geojson");
        var outlines = CommuneOutlines.Read(outlineReader);
        foreach (var commune in CommuneCsv.Read(reader))
        {
            var existing = territory.Communes.FirstOrDefault(c => c.Insee == commune.Insee);
            if (existing is null)
            {
                territory.Communes.Add(commune);
            }
            else
            {
                existing.UpdatePopulation(commune.Population, commune.PopulationSource);
            }
            // Also replaces the outline an older database holds (earlier demos drew invented ones).
            if (outlines.TryGetValue(commune.Insee, out var outline))
            {
                (existing ?? commune).SetBoundary(outline);
            }
        }
    }

    private static async Task SeedOrganisationsAsync(KernelDb db, CancellationToken cancellationToken)
    {
        var existing = await db.Organisations.ToDictionaryAsync(o => o.Slug, cancellationToken);
        foreach (var organisation in DemoOrganisations.All())
        {
            if (existing.TryGetValue(organisation.Slug, out var known))
            {
                known.Describe(organisation.Name, organisation.Description);
            }
            else
            {
                db.Organisations.Add(organisation);
            }
        }
    }

    private static async Task SeedRoadmapAsync(KernelDb db, CancellationToken cancellationToken)
    {
        var existing = await db.RoadmapActions.ToDictionaryAsync(a => a.Id, cancellationToken);
        using var reader = SeedFiles.Open("feuille-de-route.csv");
        foreach (var action in RoadmapCsv.Read(reader))
        {
            if (existing.TryGetValue(action.Id, out var known))
            {
                known.Update(
                    action.Pillar,
                    action.Axis,
                    action.Field,
                    action.Objective,
                    action.Action,
                    action.Tags,
                    action.Engines
                );
            }
            else
            {
                db.RoadmapActions.Add(action);
            }
        }
    }
}
