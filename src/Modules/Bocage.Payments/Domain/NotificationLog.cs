namespace Bocage.Payments.Domain;

/// <summary>
/// Notifications we received that did not lead to a change, kept for the security log and the agents:
/// one row per notification, or per idOp and outcome for the duplicates of a resolved payment gathered
/// over a second (<see cref="Count"/>), so that a storm of them does not become a storm of rows.
/// </summary>
internal sealed class NotificationLog
{
    public long Id { get; private set; }

    public string IdOp { get; private set; } = "";

    public DateTime ReceivedAtUtc { get; private set; }

    /// <summary>
    /// <c>applied</c>, <c>duplicate</c>, <c>pending</c>, <c>unknown</c>, <c>mismatch</c>, <c>error</c>.
    /// </summary>
    public string Outcome { get; private set; } = "";

    /// <summary>
    /// How many notifications this row stands for, the first received at <see cref="ReceivedAtUtc"/>.
    /// </summary>
    public int Count { get; private set; } = 1;

    private NotificationLog() { }

    public NotificationLog(string idOp, DateTime receivedAtUtc, string outcome, int count = 1)
    {
        IdOp = idOp.Length > 64 ? idOp[..64] : idOp;
        ReceivedAtUtc = receivedAtUtc;
        Outcome = outcome;
        Count = count;
    }
}
