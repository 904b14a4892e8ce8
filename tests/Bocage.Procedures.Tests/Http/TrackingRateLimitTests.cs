using System.Net;

namespace Bocage.Procedures.Tests.Http;

/// <summary>The tracking-code form cannot be used to try codes at speed.</summary>
public sealed class TrackingRateLimitTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Tracking_code_posts_beyond_the_per_address_budget_get_a_429_and_reading_the_form_does_not_count(
        DatabaseProvider db
    )
    {
        using var app = new BocageFactory(db).With("RateLimits:IdentityFormsPerMinute", "3");
        var browser = app.Browser();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 4; i++)
        {
            using var response = await browser.SubmitAsync(
                "/demarches/suivi",
                new Dictionary<string, string> { ["Code"] = $"ESSAI-{i:D4}", ["Email"] = "personne@exemple.fr" },
                "/demarches/suivi"
            );
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(
            new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests },
            statuses
        );
        using var form = await browser.GetAsync("/demarches/suivi");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
    }
}
