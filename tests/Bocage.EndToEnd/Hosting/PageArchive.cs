using System.Security.Cryptography;
using Microsoft.Playwright;

namespace Bocage.EndToEnd.Hosting;

/// <summary>
/// Keeps the HTML of every page the browser tests receive (the server's bytes, before any script ran), once per
/// distinct page, when <c>BOCAGE_HTML_DIR</c> is set: test.sh then hands them to the Nu HTML Checker, so every page a
/// journey walks is validated, signed in or not, without a second request that could change anything.
/// </summary>
public static class PageArchive
{
    private static readonly string? Folder = Environment.GetEnvironmentVariable("BOCAGE_HTML_DIR");
    private static readonly Lock Index = new();

    public static void Watch(IBrowserContext context)
    {
        if (string.IsNullOrEmpty(Folder))
        {
            return;
        }
        Directory.CreateDirectory(Folder);
        context.Response += async (_, response) => await KeepAsync(response, Folder);
    }

    private static async Task KeepAsync(IResponse response, string folder)
    {
        try
        {
            if (
                response.Request.ResourceType != "document"
                || response.Status != 200
                || !response.Headers.TryGetValue("content-type", out var type)
                || !type.StartsWith("text/html", StringComparison.Ordinal)
            )
            {
                return;
            }
            var body = await response.BodyAsync();
            var name = Convert.ToHexStringLower(SHA256.HashData(body))[..20] + ".html";
            var file = Path.Combine(folder, name);
            lock (Index)
            {
                if (File.Exists(file))
                {
                    return;
                }
                File.WriteAllBytes(file, body);
                File.AppendAllText(
                    Path.Combine(folder, "pages.tsv"),
                    $"{name}\t{new Uri(response.Url).PathAndQuery}\n"
                );
            }
        }
        catch (PlaywrightException)
        {
            // The page moved on before its body could be read: another visit keeps it.
        }
    }
}
