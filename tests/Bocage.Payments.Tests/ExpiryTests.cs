using Bocage.Kernel.Time;
using Bocage.Payments.Domain;
using Bocage.Payments.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Payments.Tests;

/// <summary>
/// Payments the payer never finishes: PayFiP's idOp lives 15 minutes, then answers « in progress » (P5)
/// until the nightly purge and « unknown » (P1) after. They expire and free the invoice, and the back-up
/// poll keeps reaching the attempts that matter however many were abandoned.
/// </summary>
public sealed class ExpiryTests
{
    private static Task<PaymentAttempt> AttemptAsync(PaymentsFactory app, string idOp) =>
        PaymentSteps.ReadAsync(app.Services, db => db.Attempts.AsNoTracking().SingleAsync(a => a.IdOp == idOp));

    private static Task<int> PollAsync(PaymentsFactory app) =>
        app.Services.GetRequiredService<PaymentPoller>().PollOnceAsync(CancellationToken.None);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_attempt_still_in_progress_twenty_minutes_on_expires_and_frees_the_invoice(
        DatabaseProvider provider
    )
    {
        await using var app = new PaymentsFactory(provider);
        app.With("Payments:PayFiP:PollAfter", "00:00:00").With("Payments:PayFiP:PollInterval", "01:00:00");
        // PayFiP purges at midnight in Paris, and then answers P1: these twenty minutes must not cross it, whatever
        // the hour the test runs (it failed once, started at 23:58 in Paris).
        if (ParisTime.ToParis(app.Clock.GetUtcNow().UtcDateTime).TimeOfDay > TimeSpan.FromHours(23))
        {
            app.Clock.Advance(TimeSpan.FromHours(2));
        }
        var invoice = await PaymentSteps.IssueAsync(app, "FOU-EAU", 4200);
        var idOp = await PaymentSteps.StartAsync(app, invoice.Id);

        app.Clock.Advance(TimeSpan.FromMinutes(19));
        Assert.Equal(0, await PollAsync(app));
        Assert.Equal(AttemptStatus.Pending, (await AttemptAsync(app, idOp)).Status);

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await PollAsync(app));

        var attempt = await AttemptAsync(app, idOp);
        Assert.Equal((AttemptStatus.Expired, "P5"), (attempt.Status, attempt.Resultrans));
        var freed = await PaymentSteps.ReadAsync(app.Services, db => db.Invoices.SingleAsync(i => i.Id == invoice.Id));
        Assert.Equal((InvoiceStatus.Unpaid, null), (freed.Status, freed.PendingAttemptId));
        // Paid again at once, without waiting for anything.
        Assert.NotEqual(idOp, await PaymentSteps.StartAsync(app, invoice.Id));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_attempt_PayFiP_purged_overnight_expires_on_its_P1(DatabaseProvider provider)
    {
        await using var app = new PaymentsFactory(provider);
        var invoice = await PaymentSteps.IssueAsync(app, "FOU-EAU", 4300);
        var idOp = await PaymentSteps.StartAsync(app, invoice.Id);
        var browser = app.Browser();

        // The next day, past midnight in Paris: PayFiP no longer knows the operation.
        app.Clock.Advance(TimeSpan.FromHours(25));
        var page = await browser.OpenAsync($"/factures/retour?idop={Uri.EscapeDataString(idOp)}");

        Assert.Contains("Délai de paiement dépassé", page);
        var attempt = await AttemptAsync(app, idOp);
        Assert.Equal((AttemptStatus.Expired, "P1"), (attempt.Status, attempt.Resultrans));
        var freed = await PaymentSteps.ReadAsync(app.Services, db => db.Invoices.SingleAsync(i => i.Id == invoice.Id));
        Assert.Null(freed.PendingAttemptId);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Five_hundred_abandoned_attempts_do_not_hide_a_paid_one_from_the_poll(DatabaseProvider provider)
    {
        await using var app = new PaymentsFactory(provider);
        app.With("Payments:PayFiP:PollAfter", "00:00:00").With("Payments:PayFiP:PollInterval", "01:00:00");
        var abandoned = new List<string>();
        for (var i = 0; i < 500; i++)
        {
            var invoice = await PaymentSteps.IssueAsync(app, "FOU-EAU", 1000 + i);
            abandoned.Add(await PaymentSteps.StartAsync(app, invoice.Id));
        }
        var paid = await PaymentSteps.IssueAsync(app, "FOU-EAU", 9900);
        var paidIdOp = await PaymentSteps.StartAsync(app, paid.Id);
        // Paid at PayFiP; its notification was lost and the payer closed the tab.
        PaymentSteps.Decide(app, paidIdOp, "P");

        var ticks = new List<int>();
        for (var tick = 0; tick < 3; tick++)
        {
            ticks.Add(await PollAsync(app));
        }

        // 500 + 1 attempts, 200 a tick: the paid one is reached on the third tick, never skipped.
        Assert.Equal([0, 0, 1], ticks);
        var invoiceStatus = await PaymentSteps.ReadAsync(app.Services, db =>
            db.Invoices.Where(i => i.Id == paid.Id).Select(i => i.Status).SingleAsync()
        );
        Assert.Equal(InvoiceStatus.Paid, invoiceStatus);
        var polled = await PaymentSteps.ReadAsync(app.Services, db =>
            db.Attempts.CountAsync(a => abandoned.Contains(a.IdOp!) && a.LastPolledAtUtc != null)
        );
        Assert.Equal(500, polled);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_return_page_answers_PayFiPs_post_without_an_anti_forgery_token(DatabaseProvider provider)
    {
        await using var app = new PaymentsFactory(provider);
        var invoice = await PaymentSteps.IssueAsync(app, "FOU-EAU", 6100);
        var idOp = await PaymentSteps.StartAsync(app, invoice.Id);
        PaymentSteps.Decide(app, idOp, "P");
        using var client = app.CreateClient();

        using var response = await client.PostAsync(
            "/factures/retour",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["idop"] = idOp })
        );

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("61,00", System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(AttemptStatus.Paid, (await AttemptAsync(app, idOp)).Status);
    }
}
