namespace Bocage.Kernel.Outbox;

/// <summary>Bound from the <c>Outbox</c> section.</summary>
public sealed class OutboxOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Runs the background dispatcher; tests switch it off and call <see cref="OutboxDispatcher.DrainOnceAsync"/>.
    /// </summary>
    public bool Enabled { get; set; } = true;

    public int BatchSize { get; set; } = 100;

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// After this many failed attempts a delivery becomes a dead letter for an administrator to replay.
    /// 15 attempts doubling from 2 s span about four hours: a peer down for a while is waited for, a bug is not retried
    /// for ever.
    /// </summary>
    public int MaxAttempts { get; set; } = 15;

    /// <summary>
    /// How long a claimed message is reserved for its dispatcher; longer than all its handlers can take.
    /// </summary>
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// When a message still waits for a handler that this configuration does not register (its engine is
    /// switched off), it is looked at again this often rather than at every tick.
    /// </summary>
    public TimeSpan WaitingRecheck { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Doubling from <see cref="FirstRetryDelay"/> up to <see cref="MaxRetryDelay"/>, so that a failing handler does
    /// not spin.
    /// </summary>
    public TimeSpan DelayAfter(int failedAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        // Doubling past 2^40 overflows the ticks long before any sane cap; the cap wins anyway.
        var ticks = FirstRetryDelay.Ticks * Math.Pow(2, Math.Min(failedAttempts - 1, 40));
        return ticks >= MaxRetryDelay.Ticks ? MaxRetryDelay : TimeSpan.FromTicks((long)ticks);
    }
}
