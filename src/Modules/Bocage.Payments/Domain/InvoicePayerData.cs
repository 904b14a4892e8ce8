namespace Bocage.Payments.Domain;

/// <summary>Who pays, as little as needed.</summary>
internal sealed record InvoicePayerData(string? AccountId, string Email, string Name);
