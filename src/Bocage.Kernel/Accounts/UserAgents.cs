namespace Bocage.Kernel.Accounts;

/// <summary>
/// The browser and the system a session was opened from, as a person names them (« Chrome », « Android »), read from
/// the User-Agent string. The order of the checks matters: Edge, Opera and Samsung Internet also say « Chrome »,
/// Chrome also says « Safari », and Android also says « Linux ».
/// </summary>
public static class UserAgents
{
    private static readonly (string Token, string Name)[] Browsers =
    [
        ("Edg/", "Edge"),
        ("EdgA/", "Edge"),
        ("EdgiOS/", "Edge"),
        ("OPR/", "Opera"),
        ("SamsungBrowser/", "Samsung Internet"),
        ("Firefox/", "Firefox"),
        ("FxiOS/", "Firefox"),
        ("CriOS/", "Chrome"),
        ("Chrome/", "Chrome"),
        ("Chromium/", "Chromium"),
        ("Safari/", "Safari"),
    ];

    private static readonly (string Token, string Name)[] Systems =
    [
        ("Android", "Android"),
        ("iPhone", "iOS"),
        ("iPad", "iPadOS"),
        ("CrOS", "ChromeOS"),
        ("Windows", "Windows"),
        ("Mac OS X", "macOS"),
        ("Macintosh", "macOS"),
        ("Linux", "Linux"),
    ];

    /// <summary>The browser's and the system's names; null for what the string does not tell.</summary>
    public static (string? Browser, string? System) Describe(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return (null, null);
        }
        return (First(Browsers, userAgent), First(Systems, userAgent));
    }

    private static string? First((string Token, string Name)[] known, string userAgent) =>
        known.FirstOrDefault(k => userAgent.Contains(k.Token, StringComparison.Ordinal)).Name;
}
