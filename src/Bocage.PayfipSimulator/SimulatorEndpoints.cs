using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bocage.PayfipSimulator;

/// <summary>Registers and maps the simulator, alone or inside another site under a prefix.</summary>
public static class SimulatorEndpoints
{
    /// <summary>The prefix used when a host mounts the simulator in-process.</summary>
    public const string EmbeddedPrefix = "/simulateur-payfip";

    public static IServiceCollection AddPayfipSimulator(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SimulatorState>();
        services.AddSingleton<SoapService>();
        services.AddSingleton<Notifier>();
        services.AddHttpClient(Notifier.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        return services;
    }

    public static IEndpointRouteBuilder MapPayfipSimulator(this IEndpointRouteBuilder app, string prefix = "")
    {
        // A stand-in for the DGFiP's service, not part of our API: out of the OpenAPI document.
        var group = app.MapGroup(prefix).ExcludeFromDescription();
        group
            .MapPost("/tpa/services/securite", async (HttpRequest request, SoapService soap) =>
            {
                using var reader = new StreamReader(request.Body);
                var (status, body) = soap.Handle(await reader.ReadToEndAsync());
                return Results.Content(body, "text/xml; charset=utf-8", statusCode: status);
            })
            .DisableAntiforgery();
        group.MapGet("/tpa/paiementws.web", (string? idop, SimulatorState state) =>
            Results.Content(PayerPage.Render(prefix, state.Find(idop), state), "text/html; charset=utf-8")
        );
        group
            .MapPost("/tpa/paiementws.web", async (HttpRequest request, SimulatorState state, Notifier notifier) =>
            {
                var form = await request.ReadFormAsync();
                var operation = state.Find(form["idop"]);
                if (operation is null || state.IsExpired(operation))
                {
                    return Results.Content(
                        PayerPage.Render(prefix, operation, state),
                        "text/html; charset=utf-8",
                        statusCode: operation is null ? 404 : 410
                    );
                }
                var result = form["resultat"].ToString() is "P" or "R" or "A" ? form["resultat"].ToString() : "A";
                if (state.Complete(operation, result))
                {
                    var plan = Enum.TryParse<NotificationPlan>(form["notification"], out var chosen)
                        ? chosen
                        : NotificationPlan.Once;
                    await notifier.NotifyAsync(operation, plan);
                }
                return Results.Redirect(PayerPage.ReturnUrl(operation));
            })
            .DisableAntiforgery();
        group.MapGet("/simulateur.css", () => Results.Text(PayerPage.Css, "text/css"));
        return app;
    }
}

/// <summary>
/// Carries a SOAP call to the simulator in the same process, without a socket (the host's demo and tests).
/// </summary>
public sealed class InProcessSoapHandler(SoapService soap) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken
    )
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var (status, answer) = soap.Handle(body);
        return new HttpResponseMessage((System.Net.HttpStatusCode)status)
        {
            Content = new StringContent(answer, System.Text.Encoding.UTF8, "text/xml"),
            RequestMessage = request,
        };
    }
}
