namespace Bocage.PayfipSimulator;

/// <summary>
/// How the simulated PayFiP tells the site about the outcome, chosen by the tester on the payer page.
/// </summary>
public enum NotificationPlan
{
    Once = 0,
    Duplicate = 1,
    Delayed = 2,
    Never = 3,
}
