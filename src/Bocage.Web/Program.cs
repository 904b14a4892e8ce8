using Bocage.Bookings;
using Bocage.Kernel;
using Bocage.Kernel.Modules;
using Bocage.OpenData;
using Bocage.Payments;
using Bocage.Places;
using Bocage.Procedures;
using Bocage.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddBocageWeb();

// The engines of the platform, in menu order. Each can be switched off with Modules:{Name}:Enabled=false.
builder.AddModules(
    new KernelModule(),
    new ProceduresModule(),
    new PaymentsModule(),
    new BookingsModule(),
    new PlacesModule(),
    new OpenDataModule()
);
builder.AddEmbeddedPayfipSimulator();

var app = builder.Build();

// `dotnet run -- migrate` and `dotnet run -- audit verify` do their work and exit.
if (await CommandLine.TryRunAsync(app, args))
{
    return;
}

app.UseBocageWeb();
app.MapModules();
app.MapEmbeddedPayfipSimulator();
await app.PrepareDatabaseAsync();
app.Run();

/// <summary>Entry point, public so that tests can host the application.</summary>
public partial class Program;
