using Bocage.Kernel.Mail;
using Bocage.Payments.Data;
using Bocage.Payments.Domain.PayFip;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bocage.Payments.Domain.Settlement;

/// <summary>
/// Opens a payment attempt for invoices of one régie: reserves them (a second attempt while one is
/// pending is refused), registers the payment with PayFiP and returns the PayFiP page to go to.
/// </summary>
internal sealed class PaymentStarter(
    PaymentsDb db,
    IPayFipClient payFip,
    IOptions<PayFipOptions> options,
    TimeProvider clock,
    ILogger<PaymentStarter> log
)
{
    public async Task<StartResult> StartAsync(
        IReadOnlyCollection<Guid> invoiceIds,
        string? payerAccountId,
        string payerEmail,
        string siteBaseUrl,
        CancellationToken cancellationToken
    )
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var invoices = await db.Invoices.Where(i => invoiceIds.Contains(i.Id)).ToListAsync(cancellationToken);
        if (invoices.Count == 0 || invoices.Count != invoiceIds.Distinct().Count())
        {
            return new StartResult(null, PaymentRefusal.NothingToPay);
        }
        var regie = await db.Regies.SingleAsync(r => r.Id == invoices[0].RegieId, cancellationToken);
        PaymentAttempt attempt;
        try
        {
            // Started from the payer's own request: its language is theirs, for the receipt mailed later.
            attempt = new PaymentAttempt(regie, invoices, payerAccountId, payerEmail, now, MailCulture.Current);
            foreach (var invoice in invoices)
            {
                invoice.StartAttempt(attempt.Id, now, options.Value.PendingBlocksFor);
            }
            db.Attempts.Add(attempt);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (PaymentRuleException e)
        {
            return new StartResult(null, e.Refusal);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another tab started paying one of these invoices at the same moment.
            return new StartResult(null, PaymentRefusal.AttemptPending);
        }
        return await RegisterAsync(regie, attempt, invoices, siteBaseUrl, cancellationToken);
    }

    private async Task<StartResult> RegisterAsync(
        Regie regie,
        PaymentAttempt attempt,
        List<Invoice> invoices,
        string siteBaseUrl,
        CancellationToken cancellationToken
    )
    {
        var baseUrl = string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl)
            ? siteBaseUrl
            : options.Value.PublicBaseUrl;
        baseUrl = baseUrl.TrimEnd('/');
        var objet = invoices.Count == 1 ? invoices[0].Label : $"{invoices.Count} factures {regie.Name}";
        try
        {
            var idOp = await payFip.CreateAsync(
                new PayFipCreate(
                    regie.Numcli,
                    attempt.Exer,
                    attempt.Refdet,
                    PayFipRules.Objet(objet) is { Length: > 0 } plain ? plain : $"Paiement {attempt.Refdet}",
                    attempt.AmountCents,
                    attempt.PayerEmail,
                    $"{baseUrl}{PaymentRoutes.Notification}",
                    $"{baseUrl}{PaymentRoutes.Return}",
                    regie.Saisie
                ),
                cancellationToken
            );
            attempt.Registered(idOp);
            await db.SaveChangesAsync(cancellationToken);
            return new StartResult(options.Value.PaymentPageUrl + Uri.EscapeDataString(idOp), null);
        }
        catch (Exception e)
            when (e is PayFipException or HttpRequestException or TaskCanceledException or System.Xml.XmlException)
        {
            log.LogWarning(
                e,
                "PayFiP refused or did not answer creerPaiementSecurise for attempt {Attempt}",
                attempt.Id
            );
            attempt.Resolve(AttemptStatus.Refused, "", null, clock.GetUtcNow().UtcDateTime);
            foreach (var invoice in invoices)
            {
                invoice.ReleaseAttempt(attempt.Id);
            }
            await db.SaveChangesAsync(cancellationToken);
            return new StartResult(null, null, PayFipUnavailable: true);
        }
    }
}
