using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Bocage.Payments.Tests;

/// <summary>
/// The application with the embedded PayFiP simulator, whose notifications reach the in-memory test
/// server (a real PayFiP reaches the site over the network).
/// </summary>
public sealed class PaymentsFactory(DatabaseProvider provider) : BocageFactory(provider)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(PayFipNotifications.ThroughTestServer);
    }
}
