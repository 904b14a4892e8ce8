namespace Bocage.Kernel.Files;

/// <summary>A file a person sends through one upload field.</summary>
/// <param name="Content">The body as received; its announced length is ignored.</param>
/// <param name="FileName">The name the browser sent.</param>
/// <param name="DeclaredContentType">The type the browser sent: logged when it disagrees, never trusted.</param>
/// <param name="Allowed">The kinds this field accepts.</param>
/// <param name="Engine">The engine that will own the file.</param>
/// <param name="UploadedBy">The sender's account id, or a system name.</param>
public sealed record UploadRequest(
    Stream Content,
    string FileName,
    string? DeclaredContentType,
    IReadOnlyCollection<FileKind> Allowed,
    string Engine,
    string UploadedBy
)
{
    /// <summary>This field's size limit; <c>Files:MaxBytes</c> when null.</summary>
    public long? MaxBytes { get; init; }
}
