using System.Net;
using Bocage.Kernel.Accounts;

namespace Bocage.Kernel.Tests.Accounts;

/// <summary>An authenticator code opens one session only (RFC 6238 §5.2), even while it is still valid.</summary>
public sealed class TotpReplayTests
{
    private const string Agent = "agent.fourmies@demo.sud-avesnois.fr";
    private const string Password = "Bocage-demo-2026";

    private static async Task<HttpResponseMessage> SecondStepAsync(Browser browser, string code)
    {
        using var first = await browser.SignInAsync(Agent, Password);
        Assert.Equal("/connexion/code", first.RequestMessage!.RequestUri!.AbsolutePath);
        return await browser.SubmitAsync("/connexion/code", new Dictionary<string, string> { ["Input.Code"] = code });
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_same_code_twice_opens_one_session_and_the_second_is_told_to_wait_for_the_next(
        DatabaseProvider db
    )
    {
        using var app = new BocageFactory(db);
        var key = await StaffTests.EnrolAsync(app.Browser(), Agent);
        var code = Totp.Now(key);
        var first = app.Browser();
        var second = app.Browser();

        using var accepted = await SecondStepAsync(first, code);
        using var replayed = await SecondStepAsync(second, code);

        Assert.Equal("/compte", accepted.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("/connexion/code", replayed.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Ce code a déjà été utilisé", WebUtility.HtmlDecode(second.LastPage));
        using var gate = await second.GetAsync("/compte");
        Assert.Equal("/connexion", gate.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_code_used_to_enrol_cannot_open_another_session(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var enrolling = app.Browser();
        await enrolling.SignInAsync(Agent, Password);
        var key = System
            .Text.RegularExpressions.Regex.Match(enrolling.LastPage, "id=\"cle-partagee\">([a-z0-9 ]+)</code>")
            .Groups[1]
            .Value;
        var code = Totp.Now(key);
        await enrolling.SubmitAsync(
            "/compte/double-authentification",
            new Dictionary<string, string> { ["Input.Code"] = code }
        );
        Assert.Contains("Codes de secours", enrolling.LastPage);

        using var replayed = await SecondStepAsync(app.Browser(), code);

        Assert.Equal("/connexion/code", replayed.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public void A_code_matches_its_own_time_step_within_the_drift_and_no_other()
    {
        const string key = "jbsw y3dp ehpk 3pxp";
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
        var step = now.ToUnixTimeSeconds() / 30;

        Assert.Equal(step, AuthenticatorCodes.MatchingStep(key, Totp.At(key, now), now));
        Assert.Equal(step + 1, AuthenticatorCodes.MatchingStep(key, Totp.At(key, now.AddSeconds(30)), now));
        Assert.Null(AuthenticatorCodes.MatchingStep(key, Totp.At(key, now.AddMinutes(5)), now));
        Assert.Null(AuthenticatorCodes.MatchingStep(key, "12345", now));
    }
}
