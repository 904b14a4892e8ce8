using Bocage.Kernel.Audit;
using Bocage.Kernel.Data;
using Bocage.Kernel.Files;
using Bocage.Kernel.Images;

namespace Bocage.Kernel.Territory;

/// <summary>
/// Sets the colour and emblem of a commune or of the intercommunality: the colour checked for contrast, the emblem
/// through <see cref="PictureUploads"/> (PNG or JPEG, 5 MB, scanned, made to fit 320 px, metadata dropped). Nothing
/// each field is saved when it is right; the replaced emblem's file is deleted; every change is in the audit log.
/// </summary>
public sealed class IdentityEditor(
    KernelDb db,
    PictureUploads pictures,
    FileStore files,
    AuditLog audit,
    HeaderLook header
)
{
    public const long MaxEmblemBytes = 5 * 1024 * 1024;

    public Task<IdentityOutcome> SetAsync(
        string agentId,
        Commune commune,
        IdentityRequest request,
        CancellationToken cancellationToken = default
    ) =>
        SetAsync(
            agentId,
            commune.Identity,
            commune.ShowAs,
            $"commune:{commune.Insee}",
            commune.Insee,
            request,
            cancellationToken
        );

    public Task<IdentityOutcome> SetAsync(
        string agentId,
        Intercommunality intercommunality,
        IdentityRequest request,
        CancellationToken cancellationToken = default
    ) =>
        SetAsync(
            agentId,
            intercommunality.Identity,
            intercommunality.ShowAs,
            $"intercommunality:{intercommunality.Slug}",
            null,
            request,
            cancellationToken
        );

    private async Task<IdentityOutcome> SetAsync(
        string agentId,
        VisualIdentity current,
        Action<VisualIdentity> apply,
        string target,
        string? communeInsee,
        IdentityRequest request,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        var (colour, problem, contrast) = CheckColour(request.Colour);
        // Each field is its own change: a colour too light does not throw away the emblem just sent, nor the reverse.
        var next = problem == ColourProblem.None ? current with { Colour = colour } : current;
        if (request.RemoveEmblem)
        {
            next = next.WithoutEmblem();
        }
        var (emblemRefusal, emblemUnusable) = ((string?)null, false);
        if (request.Emblem is not null)
        {
            switch (await EmblemAsync(agentId, request, cancellationToken))
            {
                case PictureUploadResult.Refused refused:
                    emblemRefusal = refused.Message;
                    break;
                case PictureUploadResult.Made { Pictures: [var emblem] }:
                    next = next.WithEmblem(emblem.File.Id, emblem.Width, emblem.Height);
                    break;
                default:
                    emblemUnusable = true;
                    break;
            }
        }
        var outcome = new IdentityOutcome(problem, contrast, emblemRefusal, emblemUnusable);
        if (next == current)
        {
            return outcome;
        }
        apply(next);
        await db.SaveChangesAsync(cancellationToken);
        header.Forget();
        if (current.EmblemFileId is { } old && old != next.EmblemFileId)
        {
            await files.DeleteAsync(old, cancellationToken);
        }
        await audit.AppendAsync(
            AuditActor.Of(agentId),
            "kernel.identity-set",
            target,
            communeInsee,
            $"colour {next.Colour ?? "-"}, emblem {next.EmblemFileId?.ToString("N") ?? "-"}",
            cancellationToken: cancellationToken
        );
        return outcome;
    }

    private Task<PictureUploadResult> EmblemAsync(
        string agentId,
        IdentityRequest request,
        CancellationToken cancellationToken
    ) =>
        pictures.AcceptAsync(
            new UploadRequest(
                request.Emblem!,
                request.EmblemName ?? "",
                null,
                [FileKind.Png, FileKind.Jpeg],
                "Kernel",
                agentId
            )
            {
                MaxBytes = MaxEmblemBytes,
            },
            (_, _) => true,
            [new PictureSize("embleme.jpg", VisualIdentity.EmblemMaxWidth, VisualIdentity.EmblemMaxHeight)],
            cancellationToken
        );

    private static (string? Colour, ColourProblem Problem, double Contrast) CheckColour(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return (null, ColourProblem.None, 0);
        }
        if (IdentityColour.Normalise(typed) is not { } colour)
        {
            return (null, ColourProblem.NotAColour, 0);
        }
        var contrast = IdentityColour.ContrastWithWhite(colour);
        return contrast < IdentityColour.MinimumContrast
            ? (colour, ColourProblem.TooLight, contrast)
            : (colour, ColourProblem.None, contrast);
    }
}
