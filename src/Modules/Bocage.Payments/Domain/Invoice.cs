namespace Bocage.Payments.Domain;

/// <summary>
/// What a payer owes a régie. The rules that keep money right live here: lines add up to the
/// total, an invoice is paid once, one online attempt at a time, cancellation needs a reason.
/// </summary>
internal sealed class Invoice
{
    private readonly List<InvoiceLine> _lines = [];

    public Guid Id { get; private set; } = Guid.NewGuid();

    /// <summary>Printed on the paper invoice; with the amount, enough to pay without an account.</summary>
    public string Reference { get; private set; } = "";

    public Guid RegieId { get; private set; }

    /// <summary>Payer minimised: the account when there is one, an address and a name for the receipt.</summary>
    public string? PayerAccountId { get; private set; }

    public string PayerEmail { get; private set; } = "";

    public string PayerName { get; private set; } = "";

    public string Label { get; private set; } = "";

    public long AmountCents { get; private set; }

    public IReadOnlyList<InvoiceLine> Lines => _lines;

    public DateTime DueDateUtc { get; private set; }

    public DateTime IssuedAtUtc { get; private set; }

    public InvoiceStatus Status { get; private set; }

    public string? CancelReason { get; private set; }

    public DateTime? PaidAtUtc { get; private set; }

    public Guid? PaidByAttemptId { get; private set; }

    /// <summary>The attempt that is with PayFiP right now, if any.</summary>
    public Guid? PendingAttemptId { get; private set; }

    public DateTime? PendingSinceUtc { get; private set; }

    /// <summary>The engine that asked for it through IInvoicing (null when a finance agent issued it).</summary>
    public string? Origin { get; private set; }

    public string? OriginReference { get; private set; }

    public Guid Version { get; private set; } = Guid.NewGuid();

    private Invoice() { }

    public Invoice(
        string reference,
        Guid regieId,
        InvoicePayerData payer,
        string label,
        IReadOnlyList<InvoiceLine> lines,
        DateTime dueDateUtc,
        DateTime nowUtc
    )
    {
        if (lines.Count == 0 || lines.Any(l => l.AmountCents <= 0 || string.IsNullOrWhiteSpace(l.Label)))
        {
            throw new PaymentRuleException(PaymentRefusal.InvalidLines);
        }
        Reference = reference;
        RegieId = regieId;
        PayerAccountId = payer.AccountId;
        PayerEmail = payer.Email.Trim();
        PayerName = payer.Name.Trim();
        Label = label.Trim();
        _lines.AddRange(lines);
        AmountCents = checked(lines.Sum(l => l.AmountCents));
        DueDateUtc = dueDateUtc;
        IssuedAtUtc = nowUtc;
    }

    public void MarkOrigin(string origin, string originReference)
    {
        Origin = origin;
        OriginReference = originReference;
    }

    /// <summary>
    /// Refuses a new attempt while another one is with PayFiP (unless it is older than <paramref
    /// name="pendingLimit"/>).
    /// </summary>
    public void StartAttempt(Guid attemptId, DateTime nowUtc, TimeSpan pendingLimit)
    {
        EnsureUnpaid();
        if (IsAwaitingPayFip(nowUtc, pendingLimit))
        {
            throw new PaymentRuleException(PaymentRefusal.AttemptPending);
        }
        PendingAttemptId = attemptId;
        PendingSinceUtc = nowUtc;
        Touch();
    }

    /// <summary>An attempt started less than <paramref name="pendingLimit"/> ago may still be paid at PayFiP.</summary>
    public bool IsAwaitingPayFip(DateTime nowUtc, TimeSpan pendingLimit) =>
        Status == InvoiceStatus.Unpaid && PendingAttemptId is not null && PendingSinceUtc > nowUtc - pendingLimit;

    /// <summary>
    /// Records a confirmed payment. Returns false when the invoice was already paid (or cancelled)
    /// by something else: the money must then be refunded, never counted twice.
    /// </summary>
    public bool Settle(Guid attemptId, DateTime nowUtc)
    {
        if (Status != InvoiceStatus.Unpaid)
        {
            return PaidByAttemptId == attemptId;
        }
        Status = InvoiceStatus.Paid;
        PaidAtUtc = nowUtc;
        PaidByAttemptId = attemptId;
        ClearPending(attemptId);
        Touch();
        return true;
    }

    /// <summary>The attempt ended without payment: the invoice may be paid again.</summary>
    public void ReleaseAttempt(Guid attemptId)
    {
        ClearPending(attemptId);
        Touch();
    }

    public void Cancel(string reason)
    {
        EnsureUnpaid();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new PaymentRuleException(PaymentRefusal.ReasonRequired);
        }
        Status = InvoiceStatus.Cancelled;
        CancelReason = reason.Trim();
        Touch();
    }

    /// <summary>
    /// Erasure of an account: the accounting record stays (the law keeps it), the link to the person goes.
    /// </summary>
    public void ForgetPayer()
    {
        PayerAccountId = null;
        PayerEmail = "";
        PayerName = "";
        Touch();
    }

    private void ClearPending(Guid attemptId)
    {
        if (PendingAttemptId == attemptId)
        {
            PendingAttemptId = null;
            PendingSinceUtc = null;
        }
    }

    private void EnsureUnpaid()
    {
        if (Status == InvoiceStatus.Paid)
        {
            throw new PaymentRuleException(PaymentRefusal.AlreadyPaid);
        }
        if (Status == InvoiceStatus.Cancelled)
        {
            throw new PaymentRuleException(PaymentRefusal.Cancelled);
        }
    }

    private void Touch() => Version = Guid.NewGuid();
}
