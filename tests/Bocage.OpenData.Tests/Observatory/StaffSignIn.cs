namespace Bocage.OpenData.Tests.Observatory;

/// <summary>Signs a demo staff member in through the pages, enrolling the authenticator as a real agent does.</summary>
internal static partial class StaffSignIn
{
    public const string Password = "Bocage-demo-2026";

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
        await browser.SignInAsStaffAsync(email, Password);
        lock (sessions)
        {
            sessions[email] = browser;
        }
        return browser;
    }
}
