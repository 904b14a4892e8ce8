namespace Bocage.Payments.Domain.Settlement;

/// <summary>The addresses PayFiP calls back.</summary>
internal static class PaymentRoutes
{
    public const string Notification = "/api/paiements/payfip/notification";
    public const string Return = "/factures/retour";
}
