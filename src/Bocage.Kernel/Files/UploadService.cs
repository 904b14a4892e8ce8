using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bocage.Kernel.Files;

/// <summary>
/// The one way for any engine to accept a file from a person. In order: the name's extension must be
/// allowed for the field, the content must fit the size limit, its bytes must be what the extension
/// claims, clamd must call it clean; only then is it stored. The content waits in a temporary file of the
/// store's <c>incoming</c> folder (never in memory, so a 200 MB file costs a few buffers), streamed from
/// there to the sniffer and to clamd, then renamed into place; a refused (above all an infected) file is
/// deleted from there at once, and so is one whose upload failed or was cancelled.
/// </summary>
public sealed class UploadService(
    FileStore store,
    ClamAvClient clamAv,
    IOptions<FilesOptions> options,
    TimeProvider clock,
    ILogger<UploadService> logger
)
{
    public async Task<UploadResult> AcceptAsync(UploadRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfZero(request.Allowed.Count);
        var name = FileNames.Sanitise(request.FileName);
        var kind = FileKinds.ClaimedBy(name, request.Allowed);
        if (kind is null)
        {
            return Refuse(request, UploadProblem.KindNotAllowed, UploadMessages.KindNotAllowed(request.Allowed));
        }
        var maxBytes = request.MaxBytes ?? options.Value.MaxBytes;
        await using var incoming = await IncomingFile.ReceiveAsync(
            store.IncomingFolder,
            request.Content,
            maxBytes,
            cancellationToken
        );
        if (incoming.TooLarge)
        {
            return Refuse(request, UploadProblem.TooLarge, UploadMessages.TooLarge(maxBytes));
        }
        if (incoming.Length == 0)
        {
            return Refuse(request, UploadProblem.Empty, UploadMessages.Empty);
        }
        bool matches;
        await using (var content = incoming.OpenRead())
        {
            matches = FileSniffer.Matches(kind.Kind, content);
        }
        if (!matches)
        {
            logger.LogInformation(
                "Upload content is not {Kind} (declared type {DeclaredType})",
                kind.Name,
                request.DeclaredContentType
            );
            return Refuse(request, UploadProblem.ContentMismatch, UploadMessages.ContentMismatch(kind.Kind));
        }
        ScanVerdict verdict;
        await using (var content = incoming.OpenRead())
        {
            verdict = await clamAv.ScanAsync(content, cancellationToken);
        }
        switch (verdict)
        {
            case ScanVerdict.Infected infected:
                logger.LogWarning(
                    "Infected upload refused: {Signature}, engine {Engine}, sender {UploadedBy}",
                    infected.Signature,
                    request.Engine,
                    request.UploadedBy
                );
                return new UploadResult.Refused(UploadProblem.Infected, UploadMessages.Infected(infected.Signature));
            case ScanVerdict.Failed failed:
                logger.LogError("Upload refused unscanned: {Reason}", failed.Reason);
                return new UploadResult.Refused(UploadProblem.ScanUnavailable, UploadMessages.ScanUnavailable);
        }
        var file = new StoredFile(
            Guid.NewGuid(),
            name,
            kind.ContentType,
            incoming.Length,
            incoming.Sha256,
            clock.GetUtcNow().UtcDateTime,
            request.UploadedBy,
            request.Engine
        );
        await store.SaveAsync(file, incoming, cancellationToken);
        logger.LogInformation(
            "Stored file {FileId} ({Kind}, {Size} bytes) for {Engine}",
            file.Id,
            kind.Name,
            file.SizeBytes,
            file.Engine
        );
        return new UploadResult.Accepted(file);
    }

    private UploadResult.Refused Refuse(UploadRequest request, UploadProblem problem, string message)
    {
        logger.LogInformation("Upload refused ({Problem}) for {Engine}", problem, request.Engine);
        return new UploadResult.Refused(problem, message);
    }
}
