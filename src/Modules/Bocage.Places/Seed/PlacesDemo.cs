using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Seed;
using Bocage.Places.Data;
using Bocage.Places.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Places.Seed;

/// <summary>
/// Demo data of the directory: a credible set for the Sud Avesnois, marked as demo (<see cref="PlaceDetails.IsDemo"/>).
/// Addresses and coordinates are close to the real places but not surveyed; SIRET numbers are made up. Idempotent.
/// </summary>
internal static class PlacesDemo
{
    public const string Fourmies = "59249";
    public const string Trelon = "59601";
    public const string EppeSauvage = "59198";
    public const string FourmiesAgent = "agent.fourmies@demo.sud-avesnois.fr";
    public const string TrelonAgent = "agent.trelon@demo.sud-avesnois.fr";
    public const string Mediation =
        "Aide aux démarches administratives|Maîtrise des outils numériques du quotidien|Accès internet et matériel informatique";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlacesDb>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var existing = await db.Places.Select(p => p.Slug).ToListAsync(cancellationToken);
        db.Places.AddRange(
            TourismDemo
                .Places.Concat(BusinessDemo.Places)
                .Where(p => !existing.Contains(p.Slug))
                .Select(p => Place.Create(p.Slug, p.Details with { IsDemo = true }, now))
        );
        await db.SaveChangesAsync(cancellationToken);
        await CircuitsDemo.SeedAsync(db, now, cancellationToken);
        var files = scope.ServiceProvider.GetRequiredService<Kernel.Files.FileStore>();
        await VisitDemo.SeedAsync(db, files, now, cancellationToken);
        // The town halls' agents describe their commune's places, as they run its bookable rooms.
        var accounts = scope.ServiceProvider.GetRequiredService<AccountsDb>();
        foreach (var (agent, commune) in new[] { (FourmiesAgent, Fourmies), (TrelonAgent, Trelon) })
        {
            await DemoGrants.EnsureAsync(
                accounts,
                agent,
                PlacesModule.ManagePermission,
                GrantScope.Commune(commune),
                now,
                cancellationToken
            );
        }
    }
}
