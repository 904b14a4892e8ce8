using Bocage.Places.Data;
using Bocage.Places.Domain.Circuits;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Places.Seed;

/// <summary>
/// Two demo circuits. Their tracks join real landmarks of the area (the lake's shore, the two museums, the
/// villages) by points every 50 m with elevations interpolated between the landmarks' own; they are not surveyed
/// along the paths, which a tourist office replaces by importing its GPX.
/// </summary>
internal static class CircuitsDemo
{
    // (latitude, longitude, elevation in metres) of the landmarks each track passes, in order.
    private static readonly (double, double, double)[] LakeLoop =
    [
        (50.1175, 4.1205, 205),
        (50.1198, 4.1150, 214),
        (50.1212, 4.1070, 228),
        (50.1205, 4.0990, 236),
        (50.1170, 4.0950, 221),
        (50.1132, 4.0985, 207),
        (50.1118, 4.1060, 212),
        (50.1125, 4.1140, 224),
        (50.1150, 4.1200, 210),
        (50.1175, 4.1205, 205),
    ];

    private static readonly (double, double, double)[] TextileAndGlass =
    [
        (50.0157, 4.0433, 196),
        (50.0300, 4.0520, 215),
        (50.0522, 4.0653, 203),
        (50.0586, 4.1046, 187),
        (50.0480, 4.1200, 214),
        (50.0371, 4.1279, 224),
        (50.0250, 4.0900, 232),
        (50.0157, 4.0433, 196),
    ];

    public static async Task SeedAsync(PlacesDb db, DateTime now, CancellationToken cancellationToken)
    {
        var existing = await db.Circuits.Select(c => c.Slug).ToListAsync(cancellationToken);
        if (!existing.Contains("boucle-du-valjoly"))
        {
            var lake = Circuit.Create(
                "boucle-du-valjoly",
                "Boucle du lac du ValJoly",
                Practice.Walk,
                1,
                150,
                PlacesDemo.EppeSauvage,
                isDemo: true
            );
            lake.Describe(
                new(
                    "Le tour du plus grand lac du Nord, entre forêt et prairies, avec deux belvédères.",
                    "Around the largest lake of the Nord, between forest and meadows, with two viewpoints.",
                    "Rond het grootste meer van het Noorden, tussen bos en weiden, met twee uitkijkpunten."
                ),
                new(
                    "Départ au parking de la station. Le sentier longe la rive nord par la forêt, franchit la digue et revient par les prairies de la rive sud.\nChemins larges et peu pentus ; chaussures de marche conseillées après la pluie."
                ),
                dogsAllowed: true,
                "station-valjoly|restaurant-du-lac|camping-valjoly"
            );
            lake.Trace(
                Densify(LakeLoop),
                [
                    new("Station du ValJoly", "Départ et arrivée, parking et toilettes.", 50.1175, 4.1205),
                    new("Belvédère de la rive nord", "Vue sur tout le lac et la digue.", 50.1212, 4.1070),
                    new(
                        "Digue du barrage",
                        "Le barrage sur l'Helpe Majeure qui a créé le lac en 1970.",
                        50.1170,
                        4.0950
                    ),
                ],
                now
            );
            db.Circuits.Add(lake);
        }
        if (!existing.Contains("textile-et-verre-a-velo"))
        {
            var bike = Circuit.Create(
                "textile-et-verre-a-velo",
                "Du textile au verre à vélo",
                Practice.Bike,
                2,
                120,
                PlacesDemo.Fourmies,
                isDemo: true
            );
            bike.Describe(
                new(
                    "Une boucle à vélo entre les deux sites de l'Écomusée de l'Avesnois, par Glageon et Ohain.",
                    "A cycling loop between the two sites of the Avesnois eco-museum, through Glageon and Ohain.",
                    "Een fietslus tussen de twee locaties van het ecomuseum van de Avesnois, via Glageon en Ohain."
                ),
                new("Petites routes de campagne peu fréquentées, deux côtes modérées après Trélon."),
                dogsAllowed: false,
                "musee-textile-fourmies|musee-verre-trelon|brasserie-de-trelon"
            );
            bike.Trace(
                Densify(TextileAndGlass),
                [
                    new("Musée du Textile", "Départ devant la filature.", 50.0157, 4.0433),
                    new("Glageon", "Traversée du village et de son étang.", 50.0522, 4.0653),
                    new(
                        "Atelier-Musée du Verre",
                        "Pause à Trélon, démonstration de soufflage l'après-midi.",
                        50.0586,
                        4.1046
                    ),
                    new("Ohain", "Le château et son parc.", 50.0371, 4.1279),
                ],
                now
            );
            db.Circuits.Add(bike);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Points every 50 m or so between landmarks, elevations interpolated linearly.</summary>
    internal static List<TrackPoint> Densify(IReadOnlyList<(double Lat, double Lon, double Ele)> landmarks)
    {
        var points = new List<TrackPoint>();
        for (var i = 0; i < landmarks.Count - 1; i++)
        {
            var (a, b) = (landmarks[i], landmarks[i + 1]);
            var metres = Track.Metres(new(a.Lat, a.Lon, null), new(b.Lat, b.Lon, null));
            var steps = Math.Max(1, (int)(metres / 50));
            for (var s = 0; s < steps; s++)
            {
                var t = (double)s / steps;
                points.Add(
                    new(
                        a.Lat + (b.Lat - a.Lat) * t,
                        a.Lon + (b.Lon - a.Lon) * t,
                        Math.Round(a.Ele + (b.Ele - a.Ele) * t, 1)
                    )
                );
            }
        }
        var last = landmarks[^1];
        points.Add(new(last.Lat, last.Lon, last.Ele));
        return points;
    }
}
