using Bocage.Kernel.Files;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bocage.Kernel.Web;

/// <summary>
/// Files that hold personal data (exports of files, payments, a person's own data, receipts): never
/// kept by a shared proxy nor the browser's cache, so that the next person on a library or town-hall
/// computer cannot reopen them.
/// </summary>
public static class PersonalDownloads
{
    public const string CacheControl = "private, no-store";

    public static void NoStore(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.CacheControl = CacheControl;
    }

    /// <summary>
    /// A stored file a person sent, as a download under its own name: never rendered in the site's origin
    /// (a PDF or an image with a script), never cached.
    /// </summary>
    public static FileStreamResult File(HttpResponse response, StoredFileContent opened, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(opened);
        NoStore(response);
        response.Headers.XContentTypeOptions = "nosniff";
        response.RegisterForDisposeAsync(opened);
        return new FileStreamResult(opened.Content, opened.File.ContentType)
        {
            FileDownloadName = name ?? opened.File.OriginalName,
        };
    }
}
