using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Payments.Tests;

/// <summary>
/// The application with the embedded PayFiP simulator, whose notifications reach the in-memory test
/// server (a real PayFiP reaches the site over the network).
/// </summary>
public sealed class PaymentsFactory(DatabaseProvider provider) : BocageFactory(provider)
{
    /// <summary>The application's and the simulator's clock, which a test may move forward.</summary>
    public MovableClock Clock { get; } = new();

    /// <summary>The demo's invoices are seeded around this host's own clock (due dates, payment windows).</summary>
    protected override bool StartsFromTemplate => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            PayFipNotifications.ThroughTestServer(services);
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}
