using Bocage.Kernel.Files;
using Bocage.Places.Data;
using Bocage.Places.Domain;
using Bocage.Places.Domain.Media;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Places.Seed;

/// <summary>
/// The glass museum's virtual visit in the demo: the furnace hall and the workshop as two panoramas linked by a
/// passage each way, and a blown-glass bottle in 3D. The pictures are drawn by <see cref="DemoPanorama"/> (and say
/// so), stored once at the phone size, which is also the screen size here. Idempotent: a place with media is left.
/// </summary>
internal static class VisitDemo
{
    public const string PlaceSlug = "musee-verre-trelon";
    private const string By = "demo";

    public static async Task SeedAsync(PlacesDb db, FileStore files, DateTime now, CancellationToken ct)
    {
        var place = await db.Places.SingleOrDefaultAsync(p => p.Slug == PlaceSlug, ct);
        if (place is null || await db.PlaceMedia.AnyAsync(m => m.PlaceId == place.Id, ct))
        {
            return;
        }
        var hall = await PanoramaAsync(
            db,
            files,
            place,
            0,
            now,
            new("La halle du four", "The furnace hall", "De ovenhal"),
            new(
                "Dessin de démonstration : une halle aux murs de brique, sol carrelé et poutres sombres ; au fond, la "
                    + "bouche du four de fusion rougeoie. Une porte à gauche mène à l'atelier.",
                "Demonstration drawing: a brick hall with a tiled floor and dark beams; at the back, the mouth of the "
                    + "melting furnace glows. A door on the left leads to the workshop.",
                "Demonstratietekening: een bakstenen hal met een betegelde vloer en donkere balken; achterin gloeit "
                    + "de mond van de smeltoven. Een deur links leidt naar het atelier."
            ),
            furnaceHall: true,
            ct
        );
        var workshop = await PanoramaAsync(
            db,
            files,
            place,
            1,
            now,
            new("L'atelier des verriers", "The glassmakers' workshop", "Het atelier van de glasblazers"),
            new(
                "Dessin de démonstration : un atelier aux murs chaulés éclairé par de hautes fenêtres, où les "
                    + "verriers façonnent les pièces. Une porte derrière vous ramène à la halle du four.",
                "Demonstration drawing: a lime-washed workshop lit by tall windows, where glassmakers shape the "
                    + "pieces. A door behind you leads back to the furnace hall.",
                "Demonstratietekening: een gewit atelier met hoge ramen, waar de glasblazers de stukken vormen. "
                    + "Een deur achter u leidt terug naar de ovenhal."
            ),
            furnaceHall: false,
            ct
        );
        hall.SetHotspots([new Hotspot(workshop.Id, -90, -5)]);
        workshop.SetHotspots([new Hotspot(hall.Id, 180, -5)]);
        var bottle = DemoBottle.Build();
        var model = await files.SaveDerivedAsync(bottle, "bouteille.glb", FileKind.Glb, "Places", By, now, ct);
        db.PlaceMedia.Add(
            PlaceMedia.Create(
                place.Id,
                MediaKind.Model,
                2,
                new("Bouteille soufflée", "Blown bottle", "Geblazen fles"),
                new(
                    "Modèle de démonstration : une bouteille de verre vert soufflée à la bouche, haute de 29 cm, au "
                        + "col étroit et à la lèvre rabattue.",
                    "Demonstration model: a mouth-blown green glass bottle, 29 cm high, with a narrow neck and a "
                        + "folded lip.",
                    "Demonstratiemodel: een mondgeblazen fles van groen glas, 29 cm hoog, met een smalle hals en een "
                        + "omgevouwen lip."
                ),
                new MediaFiles(model.Id, null, 0, 0, model.SizeBytes),
                now
            )
        );
        await db.SaveChangesAsync(ct);
    }

    private static async Task<PlaceMedia> PanoramaAsync(
        PlacesDb db,
        FileStore files,
        Place place,
        int position,
        DateTime now,
        Localized title,
        Localized description,
        bool furnaceHall,
        CancellationToken ct
    )
    {
        var jpeg = DemoPanorama.Draw(furnaceHall);
        var file = await files.SaveDerivedAsync(jpeg, "panorama.jpg", FileKind.Jpeg, "Places", By, now, ct);
        var media = PlaceMedia.Create(
            place.Id,
            MediaKind.Panorama,
            position,
            title,
            description,
            new MediaFiles(file.Id, file.Id, DemoPanorama.Width, DemoPanorama.Height, file.SizeBytes),
            now
        );
        db.PlaceMedia.Add(media);
        return media;
    }
}
