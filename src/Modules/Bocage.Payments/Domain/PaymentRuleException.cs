namespace Bocage.Payments.Domain;

/// <summary>Why the engine refuses something; each value has a French text <c>Refusal_{value}</c>.</summary>
internal enum PaymentRefusal
{
    InvalidLines,
    AlreadyPaid,
    Cancelled,
    AttemptPending,
    ReasonRequired,
    MixedRegies,
    NothingToPay,

    /// <summary>PayFiP takes 1,00 € to 100 000,00 € in one payment.</summary>
    AmountOutOfRange,

    /// <summary>PayFiP takes a payer address of 6 to 80 characters.</summary>
    PayerEmailUnusable,
}

/// <summary>A rule of the domain was broken; the page shows the refusal's text.</summary>
internal sealed class PaymentRuleException(PaymentRefusal refusal) : Exception(refusal.ToString())
{
    public PaymentRefusal Refusal { get; } = refusal;
}
