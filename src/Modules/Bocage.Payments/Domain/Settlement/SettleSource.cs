namespace Bocage.Payments.Domain.Settlement;

/// <summary>Who told us to look at a payment.</summary>
internal enum SettleSource
{
    Notification,
    Return,
    Poll,
}
