using Bocage.Kernel.Audit;
using Bocage.Kernel.Files;
using Bocage.Places.Data;
using Bocage.Places.Domain.Circuits;

namespace Bocage.Places.Domain.Editing;

/// <summary>
/// Replaces a circuit's track and steps by a GPX file an agent sends (a tourist office's survey): the file goes
/// through the kernel's uploads (size limit, sniffed as GPX, scanned by ClamAV), is read without DTD or entity,
/// and the length and climb are computed again. The answer is null, or the French reason of the refusal.
/// </summary>
internal sealed class CircuitTracer(
    PlacesDb db,
    UploadService uploads,
    FileStore files,
    AuditLog audit,
    TimeProvider clock
)
{
    /// <summary>A surveyed track of a day's walk is well under this; a DEM-resampled one too.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    public async Task<string?> TraceAsync(
        string agentId,
        Circuit circuit,
        Stream gpx,
        string fileName,
        CancellationToken cancellationToken
    )
    {
        var upload = await uploads.AcceptAsync(
            new UploadRequest(gpx, fileName, null, [FileKind.Gpx], "Places", agentId) { MaxBytes = MaxBytes },
            cancellationToken
        );
        if (upload is UploadResult.Refused refused)
        {
            return refused.Message;
        }
        var stored = ((UploadResult.Accepted)upload).File;
        var content = await files.OpenAsync(stored.Id, cancellationToken);
        (IReadOnlyList<TrackPoint> Points, IReadOnlyList<CircuitStep> Steps)? track;
        string? problem;
        await using (var opened = content!)
        {
            track = GpxDocument.Read(opened.Content, out problem);
        }
        await files.DeleteAsync(stored.Id, cancellationToken);
        if (track is not { } read)
        {
            return problem;
        }
        if (
            read.Points.Count > Circuit.MaxPoints
            || read.Points.Any(p => double.IsNaN(p.Latitude) || double.IsNaN(p.Longitude))
        )
        {
            return $"La trace doit compter au plus {Circuit.MaxPoints} points, chacun avec sa latitude et sa longitude.";
        }
        circuit.Trace(read.Points, read.Steps.Count > 0 ? read.Steps : circuit.Steps, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            AuditActor.Of(agentId),
            "places.circuit-trace",
            $"circuit:{circuit.Slug}",
            circuit.StartCommuneInsee,
            $"{read.Points.Count} points, {circuit.LengthMetres} m",
            cancellationToken: cancellationToken
        );
        return null;
    }
}
