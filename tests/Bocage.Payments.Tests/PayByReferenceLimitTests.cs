using System.Net;

namespace Bocage.Payments.Tests;

public sealed class PayByReferenceLimitTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Guessing_references_is_stopped_after_a_few_tries_a_minute_with_a_French_429(
        DatabaseProvider provider
    )
    {
        await using var app = new PaymentsFactory(provider).With("RateLimits:PayByReferencePerMinute", "3");
        var browser = app.Browser();
        await browser.OpenAsync("/factures/payer");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await browser.SubmitAsync(
                "/factures/payer",
                new Dictionary<string, string>
                {
                    ["Input.Reference"] = $"FOU-EAU-2026-ESSAI{i:000}",
                    ["Input.Amount"] = "10,00",
                    ["Input.Email"] = "devine@example.fr",
                },
                "/factures/payer"
            );
            statuses.Add(response.StatusCode);
        }
        var refusal = browser.LastPage;
        using var reading = await browser.GetAsync("/factures/payer");

        Assert.All(statuses.Take(3), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
        Assert.Contains("Trop de demandes", refusal);
        Assert.Equal(HttpStatusCode.OK, reading.StatusCode);
    }
}
