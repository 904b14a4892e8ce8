using System.Collections.Concurrent;
using Bocage.Kernel.Contracts;
using Bocage.Kernel.Outbox;
using Bocage.Payments.Contracts;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Payments.Tests;

public sealed class InvoicingContractTests
{
    private sealed class Recorder(ConcurrentBag<InvoiceSettled> seen) : IDomainEventHandler<InvoiceSettled>
    {
        public Task HandleAsync(InvoiceSettled domainEvent, CancellationToken cancellationToken)
        {
            seen.Add(domainEvent);
            return Task.CompletedTask;
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Another_engine_asks_for_money_and_hears_once_that_it_was_paid(DatabaseProvider provider)
    {
        var seen = new ConcurrentBag<InvoiceSettled>();
        await using var factory = new PaymentsFactory(provider).With("Outbox:Enabled", "false");
        await using var app = factory.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s =>
            {
                s.AddSingleton(seen);
                s.AddDomainEventHandler<InvoiceSettled, Recorder>();
            })
        );
        var request = new InvoiceRequest(
            "Procedures",
            "dossier-2026-0042",
            "59249",
            "FOU-EAU",
            2350,
            "Branchement au réseau d'eau",
            new InvoicePayer(null, "demandeur@example.fr", "Demandeur")
        );
        InvoiceHandle handle;
        using (var scope = app.Services.CreateScope())
        {
            var invoicing = scope.ServiceProvider.GetRequiredService<IInvoicing>();
            handle = await invoicing.RequestAsync(request, CancellationToken.None);
            Assert.Equal(handle, await invoicing.RequestAsync(request, CancellationToken.None));
        }

        var browser = new Browser(app.CreateClient());
        await browser.OpenAsync(handle.PaymentPath);
        using var toPayFip = await browser.SubmitAsync(
            "/factures/payer",
            new Dictionary<string, string>
            {
                ["Input.Reference"] = handle.Reference,
                ["Input.Amount"] = "23,50",
                ["Input.Email"] = "demandeur@example.fr",
            }
        );
        var (_, back) = await PaymentSteps.ChooseAtPayFipAsync(
            browser,
            PaymentSteps.IdOpOf(toPayFip.RequestMessage!.RequestUri),
            "P",
            "Duplicate"
        );
        Assert.Contains("Paiement accepté", back);

        await app.Services.SettleOutboxAsync();
        var settled = Assert.Single(seen);
        Assert.Equal(
            (handle.InvoiceId, "dossier-2026-0042", InvoiceOutcome.Paid, 2350L),
            (settled.InvoiceId, settled.OriginReference, settled.Outcome, settled.AmountCents)
        );
        using var check = app.Services.CreateScope();
        Assert.Equal(
            InvoiceState.Paid,
            await check
                .ServiceProvider.GetRequiredService<IInvoicing>()
                .StateAsync(handle.InvoiceId, CancellationToken.None)
        );
    }
}
