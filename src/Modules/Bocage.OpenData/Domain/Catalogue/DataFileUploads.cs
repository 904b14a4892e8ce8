using Bocage.Kernel.Files;
using Bocage.OpenData.Domain.Validation;
using Microsoft.Extensions.Options;

namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>
/// The files agents send for publication, through the kernel's uploads (sniffed, scanned) with the engine's
/// own size limit, and their stored copies, read while the rows are staged and deleted when not published.
/// </summary>
internal sealed class DataFileUploads(UploadService uploads, FileStore files, IOptions<DataOptions> options)
{
    public long MaxBytes => options.Value.MaxUploadBytes;

    public XlsxLimits XlsxLimits => new(options.Value.XlsxMaxUncompressedBytes, options.Value.XlsxMaxCells);

    public Task<UploadResult> AcceptAsync(
        Stream content,
        string fileName,
        string actor,
        CancellationToken cancellationToken
    ) =>
        uploads.AcceptAsync(
            new UploadRequest(content, fileName, null, [FileKind.Csv, FileKind.Xlsx, FileKind.GeoJson], "Data", actor)
            {
                MaxBytes = MaxBytes,
            },
            cancellationToken
        );

    public string PathOf(Guid fileId) => files.PathOf(fileId);

    public Task DeleteAsync(Guid fileId) => files.DeleteAsync(fileId, CancellationToken.None);
}
