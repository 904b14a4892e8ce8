using Microsoft.Extensions.Logging;

namespace Bocage.PayfipSimulator;

/// <summary>
/// Calls the site's urlnotif with the idop, as PayFiP does once the payer has finished, following the tester's plan.
/// </summary>
public sealed class Notifier(IHttpClientFactory clients, ILogger<Notifier> log)
{
    public const string HttpClientName = "payfip-simulator-notify";

    /// <summary>How long a delayed notification waits.</summary>
    public static TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(5);

    public Task NotifyAsync(SimulatedOperation operation, NotificationPlan plan) =>
        plan switch
        {
            NotificationPlan.Never => Task.CompletedTask,
            NotificationPlan.Once => SendAsync(operation),
            NotificationPlan.Duplicate => Task.WhenAll(
                SendAsync(operation),
                SendAsync(operation),
                SendAsync(operation)
            ),
            // Not awaited: the payer comes back before the notification, as happens with a slow PayFiP.
            NotificationPlan.Delayed => Later(operation),
            _ => Task.CompletedTask,
        };

    private Task Later(SimulatedOperation operation)
    {
        _ = Task.Run(async () =>
        {
            await Task.Delay(Delay);
            await SendAsync(operation);
        });
        return Task.CompletedTask;
    }

    private async Task SendAsync(SimulatedOperation operation)
    {
        try
        {
            using var client = clients.CreateClient(HttpClientName);
            using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["idop"] = operation.IdOp });
            using var response = await client.PostAsync(operation.Field("urlnotif"), content);
            log.LogInformation(
                "Notified {Url} of {IdOp}: {Status}",
                operation.Field("urlnotif"),
                operation.IdOp,
                (int)response.StatusCode
            );
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            log.LogWarning(e, "Could not notify {Url} of {IdOp}", operation.Field("urlnotif"), operation.IdOp);
        }
    }
}
