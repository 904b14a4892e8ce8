using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Bocage.PayfipSimulator;

/// <summary>
/// <c>dotnet run --project src/Bocage.PayfipSimulator</c>: the simulator alone, on http://localhost:5090 unless --urls
/// says otherwise.
/// </summary>
public static class SimulatorProgram
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddPayfipSimulator();
        if (
            string.IsNullOrEmpty(builder.Configuration["urls"])
            && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"])
        )
        {
            builder.WebHost.UseUrls("http://localhost:5090");
        }
        var app = builder.Build();
        app.Use(
            async (context, next) =>
            {
                context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; form-action *";
                await next();
            }
        );
        app.MapPayfipSimulator();
        app.Run();
    }
}
