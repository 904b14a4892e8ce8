using System.Globalization;
using System.Net;
using System.Text;
using Bocage.Places.Seed;

namespace Bocage.Places.Tests.Http;

/// <summary>
/// A tourist office's track replaces a demo one: the Fourmies agent sends a GPX through the kernel's
/// uploads (sniffed, scanned by ClamAV), the circuit's page shows the new length and steps; a file that is not a
/// GPX is refused at the field in French; the Trélon agent cannot reach a Fourmies circuit.
/// </summary>
public sealed class CircuitImportTests
{
    private const string Password = "Bocage-demo-2026";
    private const string Page = "/gestion/lieux/circuits/textile-et-verre-a-velo/trace";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_agent_replaces_a_track_by_a_gpx_and_a_wrong_file_is_refused_at_the_field(
        DatabaseProvider provider
    )
    {
        await using var app = new BocageFactory(provider);
        var fourmies = app.Browser();
        await fourmies.SignInAsStaffAsync(PlacesDemo.FourmiesAgent, Password);
        var trelon = app.Browser();
        await trelon.SignInAsStaffAsync(PlacesDemo.TrelonAgent, Password);

        using var wrong = await fourmies.SubmitWithFilesAsync(
            Page,
            new Dictionary<string, string>(),
            [new UploadedFile("gpx", "trace.gpx", Encoding.UTF8.GetBytes("lat,lon\n50,4\n"), "application/gpx+xml")],
            Page
        );
        var refusal = WebUtility.HtmlDecode(fourmies.LastPage);
        using var sent = await fourmies.SubmitWithFilesAsync(
            Page,
            new Dictionary<string, string>(),
            [new UploadedFile("gpx", "boucle.gpx", Encoding.UTF8.GetBytes(Gpx()), "application/gpx+xml")],
            Page
        );
        var circuit = WebUtility.HtmlDecode(fourmies.LastPage);
        using var other = await trelon.GetAsync(Page);

        Assert.Contains("ne correspond pas à une trace GPX", refusal);
        Assert.Contains("field--error", refusal);
        Assert.Contains("<h1>Du textile au verre à vélo</h1>", circuit);
        // 21 points 0.001° of latitude apart: 2.2 km; its two waypoints are the new steps.
        Assert.Contains("2,2 km", circuit);
        Assert.Contains("Pont de la Helpe", circuit);
        Assert.DoesNotContain("Traversée du village et de son étang", circuit);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    private static string Gpx()
    {
        var points = string.Concat(
            Enumerable
                .Range(0, 21)
                .Select(i =>
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"<trkpt lat=\"{50.0 + i * 0.001:0.000}\" lon=\"4.05\"><ele>{200 + i}</ele></trkpt>"
                    )
                )
        );
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<gpx xmlns=\"http://www.topografix.com/GPX/1/1\" version=\"1.1\" creator=\"Office de tourisme\">"
            + "<wpt lat=\"50.0\" lon=\"4.05\"><name>Pont de la Helpe</name></wpt>"
            + "<wpt lat=\"50.02\" lon=\"4.05\"><name>Calvaire</name></wpt>"
            + $"<trk><name>Boucle</name><trkseg>{points}</trkseg></trk></gpx>";
    }
}
