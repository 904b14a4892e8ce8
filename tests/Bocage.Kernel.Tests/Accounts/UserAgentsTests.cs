using Bocage.Kernel.Accounts;

namespace Bocage.Kernel.Tests.Accounts;

/// <summary>
/// The sessions of /compte name the browser and the system as people do, from real User-Agent strings.
/// </summary>
public sealed class UserAgentsTests
{
    [Theory]
    [InlineData(
        "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
        "Chrome",
        "Android"
    )]
    [InlineData(
        "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
        "Samsung Internet",
        "Android"
    )]
    [InlineData(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
        "Safari",
        "iOS"
    )]
    [InlineData(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
        "Edge",
        "Windows"
    )]
    [InlineData(
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:133.0) Gecko/20100101 Firefox/133.0",
        "Firefox",
        "macOS"
    )]
    [InlineData(
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 OPR/115.0.0.0",
        "Opera",
        "Linux"
    )]
    public void A_user_agent_reads_as_a_browser_on_a_system(string userAgent, string browser, string system)
    {
        Assert.Equal((browser, system), UserAgents.Describe(userAgent));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("curl/8.5.0")]
    public void What_says_nothing_known_names_nothing(string? userAgent)
    {
        Assert.Equal((null, null), UserAgents.Describe(userAgent));
    }
}

/// <summary>The account page lists each open session by its browser and system, never the raw string.</summary>
public sealed class SessionDevicesTests
{
    private const string Phone =
        "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_account_page_names_the_session_chrome_on_android(DatabaseProvider provider)
    {
        using var app = new BocageFactory(provider);
        var browser = app.Browser();
        browser.Client.DefaultRequestHeaders.UserAgent.ParseAdd(Phone);
        await browser.SignInAsync("habitant@demo.sud-avesnois.fr", "Bocage-demo-2026");

        var page = System.Net.WebUtility.HtmlDecode(await browser.OpenAsync("/compte"));

        Assert.Contains("Chrome sur Android", page);
        Assert.DoesNotContain("Mozilla/5.0", page);
    }
}
