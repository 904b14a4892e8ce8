namespace Bocage.Payments.Contracts;

/// <summary>The payer, minimised: an account when there is one, an address for the receipt.</summary>
public sealed record InvoicePayer(string? AccountId, string Email, string Name);
