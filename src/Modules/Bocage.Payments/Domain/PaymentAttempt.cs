using Bocage.Kernel.Time;

namespace Bocage.Payments.Domain;

/// <summary>
/// One trip of a payer to PayFiP for one or several invoices of the same régie. Its outcome is set
/// once, from PayFiP's own answer (recupererDetailPaiementSecurise), never from what a notification
/// or a browser claims.
/// </summary>
internal sealed class PaymentAttempt
{
    private readonly List<AttemptInvoice> _invoices = [];

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid RegieId { get; private set; }

    /// <summary>PayFiP's operation id, unique; null until creerPaiementSecurise answered.</summary>
    public string? IdOp { get; private set; }

    /// <summary>Our reference sent as <c>refdet</c>: unique per régie and year, as PayFiP requires.</summary>
    public string Refdet { get; private set; } = "";

    public int Exer { get; private set; }

    public long AmountCents { get; private set; }

    public string PayerEmail { get; private set; } = "";

    public string? PayerAccountId { get; private set; }

    /// <summary>
    /// The language of the page the payer paid from: the receipt is mailed in it unless their account prefers another.
    /// </summary>
    public string PayerLanguage { get; private set; } = SupportedCultures.Default;

    public AttemptStatus Status { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? FirstNotifiedAtUtc { get; private set; }

    public int NotificationCount { get; private set; }

    public DateTime? ResolvedAtUtc { get; private set; }

    public DateTime? LastPolledAtUtc { get; private set; }

    public string? Resultrans { get; private set; }

    public string? Numauto { get; private set; }

    /// <summary>
    /// PayFiP confirmed a payment for invoices another attempt had already paid: the régisseur refunds it.
    /// </summary>
    public bool RefundDue { get; private set; }

    public Guid Version { get; private set; } = Guid.NewGuid();

    public IReadOnlyList<AttemptInvoice> Invoices => _invoices;

    private PaymentAttempt() { }

    public PaymentAttempt(
        Regie regie,
        IReadOnlyList<Invoice> invoices,
        string? payerAccountId,
        string payerEmail,
        DateTime nowUtc,
        string payerLanguage = SupportedCultures.Default
    )
    {
        if (invoices.Count == 0)
        {
            throw new PaymentRuleException(PaymentRefusal.NothingToPay);
        }
        if (invoices.Any(i => i.RegieId != regie.Id))
        {
            throw new PaymentRuleException(PaymentRefusal.MixedRegies);
        }
        AmountCents = checked(invoices.Sum(i => i.AmountCents));
        if (!PayFip.PayFipRules.AcceptsAmount(AmountCents))
        {
            throw new PaymentRuleException(PaymentRefusal.AmountOutOfRange);
        }
        if (!PayFip.PayFipRules.AcceptsMel(payerEmail))
        {
            throw new PaymentRuleException(PaymentRefusal.PayerEmailUnusable);
        }
        RegieId = regie.Id;
        CreatedAtUtc = nowUtc;
        Exer = nowUtc.Year;
        Refdet = Id.ToString("N")[..20].ToUpperInvariant();
        PayerAccountId = payerAccountId;
        PayerEmail = payerEmail;
        PayerLanguage = payerLanguage;
        _invoices.AddRange(invoices.Select(i => new AttemptInvoice(Id, i.Id, i.AmountCents)));
    }

    public void Registered(string idOp)
    {
        IdOp = idOp;
        Status = AttemptStatus.Pending;
        Touch();
    }

    public void Noticed(DateTime nowUtc)
    {
        FirstNotifiedAtUtc ??= nowUtc;
        NotificationCount++;
    }

    public void Polled(DateTime nowUtc) => LastPolledAtUtc = nowUtc;

    public bool IsResolved =>
        Status is AttemptStatus.Paid or AttemptStatus.Refused or AttemptStatus.Abandoned or AttemptStatus.Expired;

    /// <summary>PayFiP still says « in progress » (P5) past the life of an idOp: the payer will never finish.</summary>
    public bool HasExpired(DateTime nowUtc) => nowUtc - CreatedAtUtc > PayFip.PayFipRules.OperationExpiresAfter;

    /// <summary>Sets the outcome once; returns false when it was already set (a duplicate).</summary>
    public bool Resolve(AttemptStatus outcome, string resultrans, string? numauto, DateTime nowUtc)
    {
        if (IsResolved || outcome is AttemptStatus.Created or AttemptStatus.Pending)
        {
            return false;
        }
        Status = outcome;
        Resultrans = resultrans;
        Numauto = numauto;
        ResolvedAtUtc = nowUtc;
        Touch();
        return true;
    }

    public void FlagRefund()
    {
        RefundDue = true;
        Touch();
    }

    public void ForgetPayer()
    {
        PayerAccountId = null;
        PayerEmail = "";
        Touch();
    }

    private void Touch() => Version = Guid.NewGuid();
}
