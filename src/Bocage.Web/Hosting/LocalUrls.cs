namespace Bocage.Web.Hosting;

/// <summary>Return addresses taken from a request: only paths of this site, so that no link of ours sends people elsewhere.</summary>
public static class LocalUrls
{
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
