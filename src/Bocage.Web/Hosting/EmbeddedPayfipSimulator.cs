using Bocage.PayfipSimulator;
using Bocage.Payments;

namespace Bocage.Web.Hosting;

/// <summary>
/// For the demo and the tests (<c>Payments:PayFiP:EmbeddedSimulator=true</c>): the PayFiP simulator is
/// served by the host under /simulateur-payfip, and the engine's SOAP calls reach it in-process.
/// In production the setting is false and the engine talks to the DGFiP.
/// </summary>
internal static class EmbeddedPayfipSimulator
{
    private const string Setting = "Payments:PayFiP:EmbeddedSimulator";

    public static void AddEmbeddedPayfipSimulator(this WebApplicationBuilder builder)
    {
        if (!builder.Configuration.GetValue<bool>(Setting))
        {
            return;
        }
        builder.Services.AddPayfipSimulator();
        builder
            .Services.AddHttpClient(PaymentsModule.PayFipHttpClient)
            .ConfigurePrimaryHttpMessageHandler(sp => new InProcessSoapHandler(sp.GetRequiredService<SoapService>()));
    }

    public static void MapEmbeddedPayfipSimulator(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>(Setting))
        {
            app.MapPayfipSimulator(PaymentsModule.EmbeddedSimulatorPrefix);
        }
    }
}
