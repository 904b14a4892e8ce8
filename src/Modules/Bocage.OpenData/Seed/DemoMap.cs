using Bocage.OpenData.Data;
using Bocage.Kernel.Data;
using Microsoft.EntityFrameworkCore;
using Bocage.OpenData.Domain.Catalogue;
using Bocage.OpenData.Domain.Observatory;
using Bocage.OpenData.Domain.Map;
using Bocage.OpenData.Domain.Broadband;
using Bocage.OpenData.Domain.Validation;

namespace Bocage.OpenData.Seed;

/// <summary>
/// Demo geography: the simplified commune boundaries (see <see cref="CommuneBoundaries"/>), a public wifi
/// hotspot at each town hall and a few more in Fourmies, and the fibre connection nodes (NRO). Positions are
/// approximate and the points are demo data.
/// </summary>
internal static class DemoMap
{
    public static async Task SeedAsync(KernelDb kernel, OpenDataDb db, CancellationToken cancellationToken)
    {
        var boundaries = CommuneBoundaries.Build();
        var communes = await kernel.Communes.ToListAsync(cancellationToken);
        foreach (var commune in communes.Where(c => c.BoundaryGeoJson is null && boundaries.ContainsKey(c.Insee)))
        {
            commune.SetBoundary(CommuneBoundaries.ToGeoJson(boundaries[commune.Insee]));
        }
        await kernel.SaveChangesAsync(cancellationToken);
        if (await db.MapFeatures.AnyAsync(cancellationToken))
        {
            return;
        }
        foreach (var (insee, lat, lon) in CommuneBoundaries.Centres)
        {
            var name = communes.FirstOrDefault(c => c.Insee == insee)?.Name ?? insee;
            db.MapFeatures.Add(new MapFeature("wifi", $"Wifi public — mairie de {name}", insee, lat + 0.0008, lon + 0.0006, "mairie",
                "Borne wifi public gratuite, accès libre aux heures d'ouverture de la mairie (démo)."));
        }
        db.MapFeatures.Add(new MapFeature("wifi", "Wifi public — médiathèque de Fourmies", "59249", 50.0152, 4.0478, "médiathèque", "Wifi gratuit dans la médiathèque (démo)."));
        db.MapFeatures.Add(new MapFeature("wifi", "Wifi public — gare de Fourmies", "59249", 50.0118, 4.0561, "gare", "Wifi en gare, accès libre (démo)."));
        db.MapFeatures.Add(new MapFeature("wifi", "Wifi public — Espace Val Joly", "59198", 50.1115, 4.1475, "tourisme", "Wifi de la base de loisirs (démo)."));
        db.MapFeatures.Add(new MapFeature("fibre", "Nœud de raccordement optique de Fourmies", "59249", 50.0181, 4.0430, "NRO", "Desserte : Fourmies, Wignehies, Féron, Glageon (démo)."));
        db.MapFeatures.Add(new MapFeature("fibre", "Nœud de raccordement optique de Trélon", "59601", 50.0589, 4.0980, "NRO", "Desserte : Trélon, Ohain, Willies, Eppe-Sauvage (démo)."));
        db.MapFeatures.Add(new MapFeature("fibre", "Nœud de raccordement optique d'Anor", "59012", 49.9903, 4.0985, "NRO", "Desserte : Anor (démo)."));
        db.MapFeatures.Add(new MapFeature("fibre", "Armoire de rue de Wallers-en-Fagne", "59633", 50.0695, 4.1660, "SRO", "Desserte : Wallers-en-Fagne, Baives, Moustier-en-Fagne (démo)."));
        await db.SaveChangesAsync(cancellationToken);
    }
}
