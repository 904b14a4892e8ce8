using Bocage.Kernel.Files;
using Bocage.Procedures.Domain.Files;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bocage.Procedures.Domain.Filing;

/// <summary>
/// How an attachment leaves the server: as a download, never rendered in the site's origin, never cached by a shared
/// cache.
/// </summary>
internal static class Download
{
    public static FileStreamResult Of(
        HttpResponse response,
        (FileAttachment Attachment, StoredFileContent Content) opened
    )
    {
        response.Headers.CacheControl = "private, no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        response.RegisterForDisposeAsync(opened.Content);
        return new FileStreamResult(opened.Content.Content, opened.Attachment.ContentType)
        {
            FileDownloadName = opened.Attachment.Name,
        };
    }
}
