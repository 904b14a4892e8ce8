namespace Bocage.Payments;

/// <summary>Anchor type of the engine's texts (Resources/PaymentsResource.*.resx).</summary>
internal sealed class PaymentsResource;
