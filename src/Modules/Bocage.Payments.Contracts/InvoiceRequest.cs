namespace Bocage.Payments.Contracts;

/// <summary>What an engine asks to be paid.</summary>
/// <param name="Origin">The asking engine's name, e.g. <c>Procedures</c>; events are routed back by it.</param>
/// <param name="OriginReference">The engine's own id of what is paid for (a file number), unique within the
/// origin.</param>
/// <param name="CommuneInsee">The commune whose régie collects, or null for the intercommunality's.</param>
/// <param name="RegieCode">A particular régie of that collectivity, or null for its default one.</param>
/// <param name="AmountCents">Amount in euro cents, strictly positive.</param>
/// <param name="Label">What the payer reads on the invoice, in French.</param>
/// <param name="Payer">Who pays.</param>
public sealed record InvoiceRequest(
    string Origin,
    string OriginReference,
    string? CommuneInsee,
    string? RegieCode,
    long AmountCents,
    string Label,
    InvoicePayer Payer
);
