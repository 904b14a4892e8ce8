using System.Text;
using Bocage.Places.Domain.Circuits;

namespace Bocage.Places.Tests.Domain;

/// <summary>What a track measures and how it travels as GPX: computed, never typed.</summary>
public sealed class TrackTests
{
    private static readonly TrackPoint Fourmies = new(50.0157, 4.0433, 196);
    private static readonly TrackPoint Trelon = new(50.0586, 4.1046, 187);

    [Fact]
    public void The_distance_between_the_two_museums_is_the_one_a_map_gives()
    {
        // 0.0429° of latitude and 0.0613° of longitude at 50° N: about 4.77 km and 4.39 km, so 6.48 km.
        var metres = Track.Metres(Fourmies, Trelon);

        Assert.InRange(metres, 6_400, 6_560);
        Assert.Equal(metres, Track.Metres(Trelon, Fourmies), 6);
        Assert.Equal(0, Track.Metres(Fourmies, Fourmies));
    }

    [Fact]
    public void Climb_ignores_the_jitter_of_a_flat_track_but_counts_a_hill()
    {
        TrackPoint At(double elevation) => new(50, 4, elevation);
        List<TrackPoint> flat = [At(200), At(201), At(200), At(201.5), At(200)];
        List<TrackPoint> hill = [At(200), At(210), At(230), At(215), At(205)];

        Assert.Equal((0, 0), Track.ClimbAndDescent(flat));
        Assert.Equal((30, 25), Track.ClimbAndDescent(hill));
    }

    [Fact]
    public void The_profile_samples_interpolate_between_points()
    {
        List<TrackPoint> points = [new(50, 4, 100), new(50.01, 4, 200)];

        var profile = ElevationProfile.Of(points, sampleCount: 3)!;

        Assert.Equal(100, profile.MinElevation);
        Assert.Equal(200, profile.MaxElevation);
        Assert.Equal(150, profile.Samples[1].Elevation, 6);
        Assert.Null(ElevationProfile.Of([new(50, 4, null), new(50.01, 4, null)]));
    }

    [Fact]
    public void A_circuit_written_as_gpx_reads_back_the_same()
    {
        var circuit = Circuit.Create("essai", "Essai", Practice.Walk, 1, 60, "59249", isDemo: true);
        circuit.Trace([Fourmies, Trelon], [new("Départ", "Au musée", 50.0157, 4.0433)], DateTime.UnixEpoch);
        using var stream = new MemoryStream(
            Encoding.UTF8.GetBytes(GpxDocument.Write(circuit, "https://x.test/c").ToString())
        );

        var read = GpxDocument.Read(stream, out var problem);

        Assert.Null(problem);
        Assert.Equal(circuit.Points, read!.Value.Points);
        Assert.Equal("Départ", read.Value.Steps.Single().Name);
        Assert.Equal((int)Math.Round(Track.Metres(Fourmies, Trelon)), circuit.LengthMetres);
    }

    [Theory]
    [InlineData(
        "<gpx xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg><trkpt lat=\"50\" lon=\"4\"/></trkseg></trk></gpx>",
        "au moins deux points"
    )]
    [InlineData("<kml/>", "sa racine n'est pas <gpx>")]
    [InlineData("<gpx><trk>", "XML mal formé")]
    [InlineData("<!DOCTYPE gpx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><gpx>&x;</gpx>", "XML mal formé")]
    public void A_bad_gpx_is_refused_in_french_and_never_reads_an_entity(string gpx, string expected)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(gpx));

        var read = GpxDocument.Read(stream, out var problem);

        Assert.Null(read);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }
}
