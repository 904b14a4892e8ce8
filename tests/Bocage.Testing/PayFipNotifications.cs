using Bocage.PayfipSimulator;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Testing;

/// <summary>
/// The embedded PayFiP simulator notifies the site over HTTP, as the real PayFiP does; in tests the
/// site is an in-memory server, so its notifications must go through that server's handler.
/// </summary>
public static class PayFipNotifications
{
    public static void ThroughTestServer(IServiceCollection services) =>
        services
            .AddHttpClient(Notifier.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(sp =>
                sp.GetRequiredService<IServer>() is TestServer server ? server.CreateHandler() : new HttpClientHandler()
            );
}
