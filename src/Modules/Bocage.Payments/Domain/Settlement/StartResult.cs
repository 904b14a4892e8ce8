namespace Bocage.Payments.Domain.Settlement;

/// <summary>The outcome of asking to pay: where to send the payer, or why not.</summary>
internal sealed record StartResult(string? RedirectUrl, PaymentRefusal? Refusal, bool PayFipUnavailable = false);
