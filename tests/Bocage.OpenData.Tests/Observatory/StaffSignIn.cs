using System.Text.RegularExpressions;

namespace Bocage.OpenData.Tests.Observatory;

/// <summary>Signs a demo staff member in through the pages, enrolling the authenticator as a real agent does.</summary>
internal static partial class StaffSignIn
{
    public const string Password = "Bocage-demo-2026";

    [GeneratedRegex("id=\"cle-partagee\">([a-z0-9 ]+)</code>")]
    private static partial Regex SharedKey();

    // One signed-in browser per application and person: a second enrolment is impossible and a TOTP code
    // may not be replayed, so the tests of a class sharing an application share the session.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<
        BocageFactory,
        Dictionary<string, Browser>
    > Sessions = new();

    public static async Task<Browser> AsAsync(BocageFactory app, string email)
    {
        var sessions = Sessions.GetOrCreateValue(app);
        lock (sessions)
        {
            if (sessions.TryGetValue(email, out var known))
            {
                return known;
            }
        }
        var browser = app.Browser();
        await browser.SignInAsync(email, Password);
        var key = SharedKey().Match(browser.LastPage).Groups[1].Value;
        Assert.NotEmpty(key);
        await browser.SubmitAsync(
            "/compte/double-authentification",
            new Dictionary<string, string> { ["Input.Code"] = Totp.Now(key) }
        );
        lock (sessions)
        {
            sessions[email] = browser;
        }
        return browser;
    }
}
