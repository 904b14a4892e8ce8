using Bocage.Kernel.Files;
using Bocage.Kernel.Images;
using Bocage.Places.Domain.Media;
using Bocage.Places.Seed;

namespace Bocage.Places.Tests.Domain;

public sealed class MediaTests
{
    [Fact]
    public void A_media_needs_its_kind_a_french_title_and_a_description_that_stands_for_it()
    {
        var empty = new MediaForm
        {
            Kind = "Hologram",
            TitleFr = " ",
            DescriptionFr = null,
        };
        var long_ = new MediaForm
        {
            Kind = "Photo",
            TitleFr = "La façade",
            TitleEn = new string('a', 121),
            DescriptionFr = "La façade de brique au soleil.",
        };

        Assert.Equal(
            [
                ("Kind", "Media_KindMissing"),
                ("TitleFr", "Media_TitleMissing"),
                ("DescriptionFr", "Media_DescriptionMissing"),
            ],
            empty.Check(withKind: true)
        );
        Assert.Equal([("TitleEn", "Media_TitleTooLong")], long_.Check(withKind: true));
        Assert.Equal(MediaKind.Photo, long_.ParsedKind);
        Assert.Null(long_.Title.Nl);
    }

    [Theory]
    [InlineData("45", "-10", 45d, -10d)]
    [InlineData("-12,5", "", -12.5d, 0d)]
    [InlineData("181", "0", null, null)]
    [InlineData("90", "-91", null, null)]
    [InlineData("nord", "0", null, null)]
    public void A_passage_is_read_in_degrees_with_a_comma_or_a_point(
        string yaw,
        string pitch,
        double? expectedYaw,
        double? expectedPitch
    )
    {
        var target = Guid.NewGuid();

        var hotspot = new HotspotForm
        {
            Target = target,
            Yaw = yaw,
            Pitch = pitch,
        }.Parse();

        Assert.Equal(expectedYaw, hotspot?.Yaw);
        Assert.Equal(expectedPitch, hotspot?.Pitch);
    }

    [Theory]
    [InlineData(4096, 2048, true)]
    [InlineData(2040, 1024, true)]
    [InlineData(3000, 1000, false)]
    [InlineData(800, 400, false)]
    public void A_panorama_is_twice_as_wide_as_high(int width, int height, bool accepted)
    {
        Assert.Equal(accepted, MediaSizes.Of(MediaKind.Panorama).Accepts(width, height));
        Assert.True(MediaSizes.Of(MediaKind.Photo).Accepts(width, height));
    }

    [Fact]
    public void The_demo_bottle_is_a_glb_and_the_demo_panorama_an_equirectangular_jpeg()
    {
        var bottle = DemoBottle.Build();
        using var panorama = new MemoryStream(DemoPanorama.Draw(furnaceHall: true));

        Assert.True(FileSniffer.Matches(FileKind.Glb, bottle));
        Assert.True(FileSniffer.Matches(FileKind.Jpeg, panorama));
        Assert.Equal((DemoPanorama.Width, DemoPanorama.Height), ImageResizer.Measure(panorama));
        Assert.True(MediaSizes.Of(MediaKind.Panorama).Accepts(DemoPanorama.Width, DemoPanorama.Height));
    }

    [Fact]
    public void A_panoramas_passages_become_pannellum_scene_hotspots_titled_with_the_room_they_lead_to()
    {
        var files = new MediaFiles(Guid.NewGuid(), Guid.NewGuid(), 2048, 1024, 1000);
        var hall = PlaceMedia.Create(
            Guid.Empty,
            MediaKind.Panorama,
            0,
            new("La halle"),
            new("Une halle."),
            files,
            default
        );
        var workshop = PlaceMedia.Create(
            Guid.Empty,
            MediaKind.Panorama,
            1,
            new("L'atelier", "The workshop"),
            new("Un atelier."),
            files,
            default
        );
        hall.SetHotspots([new Hotspot(workshop.Id, -90, -5), new Hotspot(Guid.NewGuid(), 10, 0)]);

        var json = System.Text.Json.Nodes.JsonNode.Parse(
            VisitScenes.Json(
                "musee",
                [hall, workshop],
                new System.Globalization.CultureInfo("en"),
                new Dictionary<string, string> { ["loadButtonLabel"] = "Load </script>" }
            )
        )!;

        var spots = json["scenes"]![hall.Id.ToString("N")]!["hotSpots"]!.AsArray();
        Assert.Equal(hall.Id.ToString("N"), (string?)json["first"]);
        // The passage to a panorama that is gone is left out.
        Assert.Single(spots);
        Assert.Equal("The workshop", (string?)spots[0]!["text"]);
        Assert.Equal(workshop.Id.ToString("N"), (string?)spots[0]!["sceneId"]);
        Assert.Equal(-90, (double)spots[0]!["yaw"]!);
        Assert.Equal(
            $"/annuaire/musee/medias/{hall.Id}/petit",
            (string?)json["scenes"]![hall.Id.ToString("N")]!["small"]
        );
        Assert.DoesNotContain(
            "</script>",
            VisitScenes.Json("m", [hall], new("fr"), new Dictionary<string, string> { ["x"] = "</script>" })
        );
    }
}
