using Bocage.Kernel.Files;
using Bocage.Kernel.Web;
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
    ) => PersonalDownloads.File(response, opened.Content, opened.Attachment.Name);
}
