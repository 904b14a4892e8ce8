using Bocage.Kernel.Files;
using Bocage.Kernel.Territory;

namespace Bocage.Kernel.Documents;

/// <summary>
/// The emblem a document issued in a body's name carries (<see cref="PdfDocument.Emblem"/>): the commune's coat of
/// arms or logo, or the intercommunality's when the issuer is not a commune.
/// </summary>
public sealed class DocumentEmblems(IdentityHolders holders, FileStore files)
{
    /// <summary>The emblem's bytes for the commune of <paramref name="insee"/> (null: the intercommunality), or
    /// null when that body has none.</summary>
    public async Task<byte[]?> OfAsync(string? insee, CancellationToken cancellationToken = default)
    {
        var holder = await holders.OfAsync(insee, cancellationToken);
        if (holder.Identity.EmblemFileId is not { } id)
        {
            return null;
        }
        await using var file = await files.OpenAsync(id, cancellationToken);
        if (file is null)
        {
            return null;
        }
        using var bytes = new MemoryStream();
        await file.Content.CopyToAsync(bytes, cancellationToken);
        return bytes.ToArray();
    }
}
