namespace Bocage.Payments.Domain;

internal enum AttemptStatus
{
    /// <summary>Created here, not yet (or not successfully) registered with PayFiP.</summary>
    Created = 0,
    Pending = 1,
    Paid = 2,
    Refused = 3,
    Abandoned = 4,
}
