using System.Net;

namespace Bocage.Payments.Tests;

/// <summary>
/// Anonymous PayFiP notifications have a per-address budget: a flood gets 429 before any PayFiP lookup.
/// </summary>
public sealed class NotificationRateLimitTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Notifications_beyond_the_per_address_budget_get_a_429(DatabaseProvider provider)
    {
        await using var app = new PaymentsFactory(provider).With("RateLimits:PaymentNotificationsPerMinute", "3");
        var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 4; i++)
        {
            statuses.Add(await PaymentSteps.NotifyAsync(client, $"inconnu{i}"));
        }

        Assert.Equal(
            new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests },
            statuses
        );
    }
}
