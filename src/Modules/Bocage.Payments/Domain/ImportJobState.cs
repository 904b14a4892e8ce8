namespace Bocage.Payments.Domain;

internal enum ImportJobState
{
    Queued = 0,
    Running = 1,
    Done = 2,
    Failed = 3,
}
