using Bocage.Kernel.Files;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Bocage.Kernel.Web;

/// <summary>
/// Stored files meant for everyone (a place's photos, a commune's logo): a file's id never names other content, so
/// browsers and proxies keep it a year without asking again, and a conditional request on its hash gets a 304.
/// Rendered inline only as the type it was sniffed as, never sniffed again by the browser.
/// </summary>
public static class PublicFiles
{
    public const string CacheControl = "public, max-age=31536000, immutable";

    public static IResult Serve(HttpResponse response, StoredFileContent opened)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(opened);
        response.Headers.CacheControl = CacheControl;
        response.Headers.XContentTypeOptions = "nosniff";
        response.RegisterForDisposeAsync(opened);
        return Results.Stream(
            opened.Content,
            opened.File.ContentType,
            lastModified: new DateTimeOffset(opened.File.UploadedAt, TimeSpan.Zero),
            entityTag: new EntityTagHeaderValue($"\"{opened.File.Sha256}\""),
            enableRangeProcessing: true
        );
    }
}
