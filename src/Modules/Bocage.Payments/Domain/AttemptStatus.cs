namespace Bocage.Payments.Domain;

internal enum AttemptStatus
{
    /// <summary>Created here, not yet (or not successfully) registered with PayFiP.</summary>
    Created = 0,
    Pending = 1,
    Paid = 2,
    Refused = 3,
    Abandoned = 4,

    /// <summary>
    /// Never finished at PayFiP: its idOp lives 15 minutes, then answers P5 until the nightly purge and P1 after.
    /// </summary>
    Expired = 5,
}
