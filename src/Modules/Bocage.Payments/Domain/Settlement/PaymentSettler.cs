using Bocage.Payments.Contracts;
using Bocage.Payments.Data;
using Bocage.Payments.Domain.PayFip;
using Bocage.Payments.Domain.Receipts;
using Bocage.Payments.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Bocage.Payments.Domain.Settlement;

/// <summary>
/// Records PayFiP's outcome of an attempt, whoever triggered the look (notification, payer's return,
/// back-up poll). It trusts only recupererDetailPaiementSecurise, checks that PayFiP's answer is the
/// attempt we created (numcli, refdet, exer, amount), and applies it once: the attempt's and the
/// invoices' concurrency tokens make concurrent duplicates lose and find the work already done.
/// </summary>
internal sealed class PaymentSettler(
    PaymentsDb db,
    IPayFipClient payFip,
    ResolvedAttempts resolved,
    NotificationJournal journal,
    TimeProvider clock,
    ILogger<PaymentSettler> log
)
{
    private const int MaxTries = 20;

    public async Task<SettleResult> SettleAsync(string idOp, SettleSource source, CancellationToken cancellationToken)
    {
        if (await AnsweredAsKnownDuplicateAsync(idOp, source, resolved, journal, cancellationToken))
        {
            return SettleResult.Duplicate;
        }
        var result = await LookAsync(idOp, source, cancellationToken);
        if (result is SettleResult.Applied or SettleResult.Duplicate)
        {
            resolved.Add(idOp);
        }
        if (result == SettleResult.Duplicate)
        {
            await journal.RecordAsync(idOp, Outcome(source, result), cancellationToken);
        }
        else if (result is not SettleResult.Applied and not SettleResult.Pending)
        {
            db.ChangeTracker.Clear();
            db.Notifications.Add(new NotificationLog(idOp, clock.GetUtcNow().UtcDateTime, Outcome(source, result)));
            await db.SaveChangesAsync(cancellationToken);
        }
        return result;
    }

    /// <summary>
    /// A payment this node already saw resolved: logged as a duplicate and answered without the database
    /// (the notification endpoint asks before it even opens a context).
    /// </summary>
    public static async ValueTask<bool> AnsweredAsKnownDuplicateAsync(
        string idOp,
        SettleSource source,
        ResolvedAttempts resolved,
        NotificationJournal journal,
        CancellationToken cancellationToken
    )
    {
        if (!resolved.Contains(idOp))
        {
            return false;
        }
        await journal.RecordAsync(idOp, Outcome(source, SettleResult.Duplicate), cancellationToken);
        return true;
    }

    private static string Outcome(SettleSource source, SettleResult result) => $"{source}:{result}".ToLowerInvariant();

    private async Task<SettleResult> LookAsync(string idOp, SettleSource source, CancellationToken cancellationToken)
    {
        var attempt = await db.Attempts.AsNoTracking().SingleOrDefaultAsync(a => a.IdOp == idOp, cancellationToken);
        if (attempt is null)
        {
            log.LogWarning("PayFiP {Source} for an unknown idOp {IdOp}: ignored", source, idOp);
            return SettleResult.Unknown;
        }
        if (attempt.IsResolved)
        {
            return SettleResult.Duplicate;
        }
        PayFipDetail? detail;
        try
        {
            detail = await payFip.DetailAsync(idOp, cancellationToken);
        }
        catch (PayFipException e) when (e.Code == PayFipException.UnknownOperation)
        {
            // Our own idOp, forgotten by PayFiP: purged after it expired unpaid.
            return await ApplyAsync(attempt.Id, AttemptStatus.Expired, e.Code, null, source, cancellationToken);
        }
        catch (Exception e)
            when (e is PayFipException or HttpRequestException or TaskCanceledException or System.Xml.XmlException)
        {
            log.LogWarning(e, "recupererDetailPaiementSecurise failed for {IdOp}", idOp);
            // Polled all the same, so that the poll moves on to the others.
            await MarkSeenAsync(attempt.Id, source, cancellationToken);
            return SettleResult.Error;
        }
        if (detail is null && attempt.HasExpired(clock.GetUtcNow().UtcDateTime))
        {
            return await ApplyAsync(
                attempt.Id,
                AttemptStatus.Expired,
                PayFipException.InProgress,
                null,
                source,
                cancellationToken
            );
        }
        if (detail?.Outcome is not { } outcome)
        {
            await MarkSeenAsync(attempt.Id, source, cancellationToken);
            return SettleResult.Pending;
        }
        var regie = await db.Regies.AsNoTracking().SingleAsync(r => r.Id == attempt.RegieId, cancellationToken);
        if (
            detail.IdOp != idOp
            || detail.Numcli != regie.Numcli
            || detail.Refdet != attempt.Refdet
            || detail.Exer != attempt.Exer
            || (outcome == AttemptStatus.Paid && detail.MontantCents != attempt.AmountCents)
        )
        {
            log.LogError(
                "PayFiP detail for {IdOp} does not match attempt {Attempt} (amount {Amount} vs {Expected}): nothing recorded",
                idOp,
                attempt.Id,
                detail.MontantCents,
                attempt.AmountCents
            );
            return SettleResult.Mismatch;
        }
        return await ApplyAsync(attempt.Id, outcome, detail.Resultrans, detail.Numauto, source, cancellationToken);
    }

    private async Task MarkSeenAsync(Guid attemptId, SettleSource source, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = db.Attempts.Where(a => a.Id == attemptId);
        if (source == SettleSource.Poll)
        {
            await rows.ExecuteUpdateAsync(s => s.SetProperty(a => a.LastPolledAtUtc, now), cancellationToken);
        }
        else
        {
            await rows.Where(a => a.FirstNotifiedAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.FirstNotifiedAtUtc, now), cancellationToken);
        }
    }

    private async Task<SettleResult> ApplyAsync(
        Guid attemptId,
        AttemptStatus outcome,
        string resultrans,
        string? numauto,
        SettleSource source,
        CancellationToken cancellationToken
    )
    {
        for (var tries = 1; ; tries++)
        {
            db.ChangeTracker.Clear();
            var now = clock.GetUtcNow().UtcDateTime;
            var attempt = await db
                .Attempts.Include(a => a.Invoices)
                .SingleAsync(a => a.Id == attemptId, cancellationToken);
            if (!attempt.Resolve(outcome, resultrans, numauto, now))
            {
                return SettleResult.Duplicate;
            }
            if (source == SettleSource.Notification)
            {
                attempt.Noticed(now);
            }
            var ids = attempt.Invoices.Select(i => i.InvoiceId).ToList();
            var invoices = await db.Invoices.Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken);
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                if (outcome == AttemptStatus.Paid)
                {
                    RecordPayment(attempt, invoices, now);
                }
                else
                {
                    RecordFailure(attempt, invoices, outcome, now);
                }
                // The attempt's and invoices' tokens are checked first: a concurrent duplicate fails
                // here and never waits for the receipt counter.
                await db.SaveChangesAsync(cancellationToken);
                if (outcome == AttemptStatus.Paid)
                {
                    var number = await TakeReceiptNumberAsync(attempt.RegieId, now.Year, cancellationToken);
                    db.Receipts.Add(
                        new Receipt(attempt.RegieId, attempt.Id, now.Year, number, attempt.AmountCents, now)
                    );
                    db.Raise(new PaymentConfirmed(attempt.Id), now);
                    await db.SaveChangesAsync(cancellationToken);
                }
                await transaction.CommitAsync(cancellationToken);
                log.LogInformation(
                    "PayFiP attempt {Attempt} resolved {Outcome} through {Source}",
                    attempt.Id,
                    outcome,
                    source
                );
                return SettleResult.Applied;
            }
            catch (DbUpdateException) when (tries < MaxTries)
            {
                // A concurrent duplicate won, or created the year's counter first: look again.
                await Task.Delay(Random.Shared.Next(5, 20 * tries), cancellationToken);
            }
        }
    }

    private void RecordPayment(PaymentAttempt attempt, List<Invoice> invoices, DateTime now)
    {
        foreach (var invoice in invoices)
        {
            if (!invoice.Settle(attempt.Id, now))
            {
                attempt.FlagRefund();
                continue;
            }
            Raise(invoice, InvoiceOutcome.Paid, attempt, now);
        }
    }

    /// <summary>
    /// The régie's next receipt number, taken by an UPDATE in the payment's transaction: the row stays
    /// locked until the commit, so concurrent payments of a régie queue there (instead of failing and
    /// retrying), and a rolled-back payment gives its number back: no gaps.
    /// </summary>
    private async Task<int> TakeReceiptNumberAsync(Guid regieId, int year, CancellationToken cancellationToken)
    {
        var counter = db.ReceiptCounters.Where(c => c.RegieId == regieId && c.Year == year);
        if (await counter.ExecuteUpdateAsync(s => s.SetProperty(c => c.Next, c => c.Next + 1), cancellationToken) == 1)
        {
            return await counter.Select(c => c.Next - 1).SingleAsync(cancellationToken);
        }
        // The year's first receipt: a concurrent first insert fails on the key and the payment is retried.
        var created = new ReceiptCounter(regieId, year);
        db.ReceiptCounters.Add(created);
        return created.Take();
    }

    private void RecordFailure(PaymentAttempt attempt, List<Invoice> invoices, AttemptStatus outcome, DateTime now)
    {
        foreach (var invoice in invoices)
        {
            invoice.ReleaseAttempt(attempt.Id);
            Raise(
                invoice,
                outcome == AttemptStatus.Refused ? InvoiceOutcome.Refused : InvoiceOutcome.Abandoned,
                attempt,
                now
            );
        }
    }

    private void Raise(Invoice invoice, InvoiceOutcome outcome, PaymentAttempt attempt, DateTime now)
    {
        if (invoice.Origin is not null)
        {
            db.Raise(
                new InvoiceSettled(
                    invoice.Id,
                    invoice.Origin,
                    invoice.OriginReference!,
                    outcome,
                    invoice.AmountCents,
                    attempt.Id,
                    now
                ),
                now
            );
        }
    }
}
