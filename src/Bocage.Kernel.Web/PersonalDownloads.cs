using Microsoft.AspNetCore.Http;

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
}
