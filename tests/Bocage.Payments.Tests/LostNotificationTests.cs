using System.Net;
using Bocage.PayfipSimulator;
using Bocage.Payments.Domain;
using Bocage.Payments.Jobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Payments.Tests;

public sealed class LostNotificationTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_poll_records_a_payment_whose_notification_never_came(DatabaseProvider provider)
    {
        await using var app = new PaymentsFactory(provider).With("Payments:PayFiP:PollAfter", "00:00:00");
        var invoice = await PaymentSteps.IssueAsync(app, "FOU-EAU", 7300);
        var idOp = await PaymentSteps.StartAsync(app, invoice.Id);
        PaymentSteps.Decide(app, idOp, "P");

        var settled = await app.Services.GetRequiredService<PaymentPoller>().PollOnceAsync(CancellationToken.None);

        Assert.Equal(1, settled);
        Assert.Equal(
            InvoiceStatus.Paid,
            await PaymentSteps.ReadAsync(app.Services, db =>
                db.Invoices.Where(i => i.Id == invoice.Id).Select(i => i.Status).SingleAsync()
            )
        );
    }

    /// <summary>
    /// PayFiP (here the simulator on its own, as the real one is another site) confirms the payment
    /// while our application is stopped: the notification is lost. The restarted application's
    /// background poll records the payment.
    /// </summary>
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Stopping_the_application_mid_flow_is_recovered_by_the_poll_after_restart(
        DatabaseProvider provider
    )
    {
        await using var payFip = await StartPayFipAsync();
        var address = payFip
            .Services.GetRequiredService<IServer>()
            .Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First()
            .TrimEnd('/');
        using var database = TestDatabase.Create(provider);
        PaymentsFactory Site() =>
            (PaymentsFactory)
                new PaymentsFactory(provider)
                    .With("ConnectionStrings:Bocage", database.ConnectionString)
                    .With("Payments:PayFiP:EmbeddedSimulator", "false")
                    .With("Payments:PayFiP:Endpoint", $"{address}/tpa/services/securite")
                    .With("Payments:PayFiP:PaymentPageUrl", $"{address}/tpa/paiementws.web?idop=")
                    .With("Payments:PayFiP:PollAfter", "00:00:01")
                    .With("Payments:PayFiP:PollInterval", "00:00:00.300");

        var first = Site();
        var invoice = await PaymentSteps.IssueAsync(first, "FOU-EAU", 5100);
        var idOp = await PaymentSteps.StartAsync(first, invoice.Id);
        await first.DisposeAsync();

        // The payer pays at PayFiP while we are down; PayFiP's notification finds nobody.
        using var payer = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(address),
        };
        using var chosen = await payer.PostAsync(
            "/tpa/paiementws.web",
            new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["idop"] = idOp,
                    ["resultat"] = "P",
                    ["notification"] = "Once",
                }
            )
        );
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);

        await using var second = Site();
        _ = second.Server;
        var status = InvoiceStatus.Unpaid;
        for (var i = 0; i < 100 && status != InvoiceStatus.Paid; i++)
        {
            await Task.Delay(200);
            status = await PaymentSteps.ReadAsync(second.Services, db =>
                db.Invoices.Where(x => x.Id == invoice.Id).Select(x => x.Status).SingleAsync()
            );
        }
        Assert.Equal(InvoiceStatus.Paid, status);
    }

    private static async Task<WebApplication> StartPayFipAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Services.AddPayfipSimulator();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPayfipSimulator();
        await app.StartAsync();
        return app;
    }
}
