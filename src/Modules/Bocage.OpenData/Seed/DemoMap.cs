using Bocage.Kernel.Data;
using Bocage.OpenData.Data;
using Bocage.OpenData.Domain.Map;
using Microsoft.EntityFrameworkCore;

namespace Bocage.OpenData.Seed;

/// <summary>
/// Demo points of the map: a public wifi hotspot at each town hall (at <see cref="CommuneCentres"/>) and a few
/// more, and the fibre connection nodes (NRO). Positions are approximate, each inside its commune's official
/// outline, and the points are demo data. The outlines themselves are the kernel's (IGN Admin Express).
/// </summary>
internal static class DemoMap
{
    public static async Task SeedAsync(KernelDb kernel, OpenDataDb db, CancellationToken cancellationToken)
    {
        if (await db.MapFeatures.AnyAsync(cancellationToken))
        {
            return;
        }
        var names = await kernel.Communes.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var (insee, lat, lon) in CommuneCentres.All)
        {
            var name = names.FirstOrDefault(c => c.Insee == insee)?.Name ?? insee;
            db.MapFeatures.Add(
                new MapFeature(
                    "wifi",
                    $"Wifi public — mairie de {name}",
                    insee,
                    lat + 0.0008,
                    lon + 0.0006,
                    "mairie",
                    "Borne wifi public gratuite, accès libre aux heures d'ouverture de la mairie (démo)."
                )
            );
        }
        db.MapFeatures.Add(
            new MapFeature(
                "wifi",
                "Wifi public — médiathèque de Fourmies",
                "59249",
                50.0152,
                4.0478,
                "médiathèque",
                "Wifi gratuit dans la médiathèque (démo)."
            )
        );
        db.MapFeatures.Add(
            new MapFeature(
                "wifi",
                "Wifi public — gare de Fourmies",
                "59249",
                50.0118,
                4.0561,
                "gare",
                "Wifi en gare, accès libre (démo)."
            )
        );
        db.MapFeatures.Add(
            new MapFeature(
                "wifi",
                "Wifi public — Espace Val Joly",
                "59198",
                50.1160,
                4.1540,
                "tourisme",
                "Wifi de la base de loisirs (démo)."
            )
        );
        db.MapFeatures.Add(
            new MapFeature(
                "fibre",
                "Nœud de raccordement optique de Fourmies",
                "59249",
                50.0181,
                4.0430,
                "NRO",
                "Desserte : Fourmies, Wignehies, Féron, Glageon (démo)."
            )
        );
        db.MapFeatures.Add(
            new MapFeature(
                "fibre",
                "Nœud de raccordement optique de Trélon",
                "59601",
                50.0589,
                4.0980,
                "NRO",
                "Desserte : Trélon, Ohain, Willies, Eppe-Sauvage (démo)."
            )
        );
        db.MapFeatures.Add(
            new MapFeature(
                "fibre",
                "Nœud de raccordement optique d'Anor",
                "59012",
                49.9903,
                4.0985,
                "NRO",
                "Desserte : Anor (démo)."
            )
        );
        db.MapFeatures.Add(
            new MapFeature(
                "fibre",
                "Armoire de rue de Wallers-en-Fagne",
                "59633",
                50.0635,
                4.1670,
                "SRO",
                "Desserte : Wallers-en-Fagne, Baives, Moustier-en-Fagne (démo)."
            )
        );
        await db.SaveChangesAsync(cancellationToken);
    }
}
