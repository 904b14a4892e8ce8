using System.Net;
using Bocage.Kernel.Outbox;
using Bocage.Payments.Contracts;
using Bocage.Payments.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Payments.Tests;

public sealed class NotificationTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Fifty_parallel_duplicate_notifications_change_the_invoice_once(DatabaseProvider provider)
    {
        await using var app = new PaymentsFactory(provider).With("Outbox:Enabled", "false");
        var invoice = await PaymentSteps.IssueAsync(app, "FOU-CANT", 3200, 640);
        using (var scope = app.Services.CreateScope())
        {
            // Marked as asked by another engine, so that the event is raised too.
            var db = scope.ServiceProvider.GetRequiredService<Data.PaymentsDb>();
            var tracked = await db.Invoices.SingleAsync(i => i.Id == invoice.Id);
            tracked.MarkOrigin("Tests", "dossier-50");
            await db.SaveChangesAsync();
        }
        var idOp = await PaymentSteps.StartAsync(app, invoice.Id);
        PaymentSteps.Decide(app, idOp, "P");

        var clients = Enumerable.Range(0, 50).Select(_ => app.CreateClient()).ToList();
        var answers = await Task.WhenAll(clients.Select(c => PaymentSteps.NotifyAsync(c, idOp)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a));
        var (status, receipts, events, attempt) = await PaymentSteps.ReadAsync(app.Services, async db =>
            (
                await db.Invoices.Where(i => i.Id == invoice.Id).Select(i => i.Status).SingleAsync(),
                await db.Receipts.CountAsync(r => r.RegieId == invoice.RegieId),
                await db.Outbox.CountAsync(m => m.Type == EventNames.Of<InvoiceSettled>()),
                await db.Attempts.SingleAsync(a => a.IdOp == idOp)
            )
        );
        Assert.Equal(InvoiceStatus.Paid, status);
        Assert.Equal(1, receipts);
        Assert.Equal(1, events);
        Assert.Equal(AttemptStatus.Paid, attempt.Status);
        Assert.False(attempt.RefundDue);
        // The 49 that lost are in the security log, gathered in a few rows rather than one each.
        Assert.Equal(49, await PaymentSteps.DuplicatesLoggedAsync(app.Services, idOp, 49));
        Assert.True(
            await PaymentSteps.ReadAsync(app.Services, db => db.Notifications.CountAsync(n => n.IdOp == idOp)) < 49
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Duplicates_of_a_resolved_payment_are_answered_without_reading_it_again_and_still_logged(
        DatabaseProvider provider
    )
    {
        await using var app = new PaymentsFactory(provider);
        var client = app.CreateClient();
        var invoice = await PaymentSteps.IssueAsync(app, "FOU-EAU", 4200);
        var idOp = await PaymentSteps.StartAsync(app, invoice.Id);
        PaymentSteps.Decide(app, idOp, "P");
        Assert.Equal(HttpStatusCode.OK, await PaymentSteps.NotifyAsync(client, idOp));
        Assert.True(
            app.Services.GetRequiredService<Bocage.Payments.Domain.Settlement.ResolvedAttempts>().Contains(idOp)
        );

        // Even with the attempt gone from the database, a duplicate is answered 200 and logged: the
        // node knows the payment is settled, and a settled payment never changes again.
        await PaymentSteps.ReadAsync(app.Services, db =>
            db.Attempts.Where(a => a.IdOp == idOp).ExecuteUpdateAsync(s => s.SetProperty(a => a.IdOp, "moved-" + idOp))
        );
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await PaymentSteps.NotifyAsync(client, idOp));
        }
        Assert.Equal(3, await PaymentSteps.DuplicatesLoggedAsync(app.Services, idOp, 3));
        Assert.DoesNotContain(
            "notification:unknown",
            await PaymentSteps.ReadAsync(app.Services, db =>
                db.Notifications.Where(n => n.IdOp == idOp).Select(n => n.Outcome).ToListAsync()
            )
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Forged_notifications_mark_nothing_paid_and_are_logged(DatabaseProvider provider)
    {
        await using var app = new PaymentsFactory(provider);
        var client = app.CreateClient();
        var invoice = await PaymentSteps.IssueAsync(app, "FOU-EAU", 9900);

        // Unknown idOp.
        Assert.Equal(HttpStatusCode.OK, await PaymentSteps.NotifyAsync(client, "forged-idop"));
        // A real idOp whose payment is not finished: PayFiP says "in progress".
        var idOp = await PaymentSteps.StartAsync(app, invoice.Id);
        await PaymentSteps.NotifyAsync(client, idOp);
        // Tampered amount: PayFiP's answer does not match what we asked for.
        var state = app.Services.GetRequiredService<Bocage.PayfipSimulator.SimulatorState>();
        var operation = state.Find(idOp)!;
        ((Dictionary<string, string>)operation.Request)["montant"] = "1";
        state.Complete(operation, "P");
        await PaymentSteps.NotifyAsync(client, idOp);

        var (status, logged) = await PaymentSteps.ReadAsync(app.Services, async db =>
            (
                await db.Invoices.Where(i => i.Id == invoice.Id).Select(i => i.Status).SingleAsync(),
                await db.Notifications.Select(n => n.Outcome).ToListAsync()
            )
        );
        Assert.Equal(InvoiceStatus.Unpaid, status);
        Assert.Contains("notification:unknown", logged);
        Assert.Contains("notification:mismatch", logged);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_replayed_notification_of_an_abandoned_payment_changes_nothing(DatabaseProvider provider)
    {
        await using var app = new PaymentsFactory(provider);
        var client = app.CreateClient();
        var invoice = await PaymentSteps.IssueAsync(app, "FOU-EAU", 1500);
        var idOp = await PaymentSteps.StartAsync(app, invoice.Id);
        PaymentSteps.Decide(app, idOp, "A");
        await PaymentSteps.NotifyAsync(client, idOp);
        await PaymentSteps.NotifyAsync(client, idOp);

        var (status, pending, logged) = await PaymentSteps.ReadAsync(app.Services, async db =>
            (
                await db.Attempts.Where(a => a.IdOp == idOp).Select(a => a.Status).SingleAsync(),
                await db.Invoices.Where(i => i.Id == invoice.Id).Select(i => i.PendingAttemptId).SingleAsync(),
                await PaymentSteps.DuplicatesLoggedAsync(app.Services, idOp, 1)
            )
        );
        Assert.Equal(AttemptStatus.Abandoned, status);
        Assert.Null(pending);
        Assert.Equal(1, logged);
        // The payer may now try again.
        await PaymentSteps.StartAsync(app, invoice.Id);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Two_payments_confirmed_for_one_invoice_flag_the_second_for_refund(DatabaseProvider provider)
    {
        await using var app = new PaymentsFactory(provider).With("Payments:PayFiP:PendingBlocksFor", "00:00:00");
        var client = app.CreateClient();
        var invoice = await PaymentSteps.IssueAsync(app, "FOU-EAU", 2000);
        var first = await PaymentSteps.StartAsync(app, invoice.Id);
        var second = await PaymentSteps.StartAsync(app, invoice.Id);
        PaymentSteps.Decide(app, first, "P");
        PaymentSteps.Decide(app, second, "P");
        await PaymentSteps.NotifyAsync(client, first);
        await PaymentSteps.NotifyAsync(client, second);

        var attempts = await PaymentSteps.ReadAsync(app.Services, db =>
            db.Attempts.Where(a => a.IdOp == first || a.IdOp == second).ToListAsync()
        );
        Assert.All(attempts, a => Assert.Equal(AttemptStatus.Paid, a.Status));
        Assert.False(attempts.Single(a => a.IdOp == first).RefundDue);
        Assert.True(attempts.Single(a => a.IdOp == second).RefundDue);
    }
}
