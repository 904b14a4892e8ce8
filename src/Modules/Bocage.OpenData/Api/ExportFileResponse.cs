using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Bocage.OpenData.Api;

/// <summary>
/// Sends an export file. A plain download is copied in 1 MB reads straight into the response pipe's
/// memory (Kestrel has no sendfile; its generic file result copies 64 KB at a time through an extra
/// buffer, a third of the speed on a large file); a request with a range or a validator goes through
/// ASP.NET Core's file result, which answers <c>206</c>, <c>304</c> and <c>412</c> by the rules.
/// </summary>
internal static class ExportFileResponse
{
    private const int Chunk = 1 << 20;

    public static async Task SendAsync(
        HttpContext http,
        FileInfo file,
        string contentType,
        string fileName,
        string entityTag,
        CancellationToken cancellationToken
    )
    {
        // Opened before anything is sent: a version replaced meanwhile is deleted, but an open file stays readable.
        using var handle = File.OpenHandle(
            file.FullName,
            FileMode.Open,
            FileAccess.Read,
            FileShare.ReadWrite | FileShare.Delete,
            FileOptions.Asynchronous
        );
        var lastModified = new DateTimeOffset(file.LastWriteTimeUtc);
        var request = http.Request.Headers;
        if (
            request.Range.Count > 0
            || request.IfNoneMatch.Count > 0
            || request.IfModifiedSince.Count > 0
            || request.IfMatch.Count > 0
            || request.IfUnmodifiedSince.Count > 0
            || !HttpMethods.IsGet(http.Request.Method)
        )
        {
            var stream = new FileStream(handle, FileAccess.Read, 1, isAsync: true);
            await Results
                .File(
                    stream,
                    contentType,
                    fileName,
                    lastModified,
                    new EntityTagHeaderValue(entityTag),
                    enableRangeProcessing: true
                )
                .ExecuteAsync(http);
            return;
        }
        var response = http.Response;
        var length = RandomAccess.GetLength(handle);
        response.ContentType = contentType;
        response.ContentLength = length;
        response.Headers.ETag = entityTag;
        response.Headers.LastModified = lastModified.ToString("R");
        response.Headers.AcceptRanges = "bytes";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileNameStar = fileName,
            FileName = fileName,
        }.ToString();
        var pipe = response.BodyWriter;
        for (long offset = 0; offset < length; )
        {
            var memory = pipe.GetMemory(Chunk);
            var read = await RandomAccess.ReadAsync(handle, memory, offset, cancellationToken);
            if (read == 0)
            {
                break;
            }
            pipe.Advance(read);
            offset += read;
            await pipe.FlushAsync(cancellationToken);
        }
    }
}
