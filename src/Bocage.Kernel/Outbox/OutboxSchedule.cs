namespace Bocage.Kernel.Outbox;

/// <summary>What becomes of a message after its due deliveries ran: processed, or when to look at it again.</summary>
public sealed record OutboxSchedule(DateTime? ProcessedAt, DateTime NextAttemptAt)
{
    /// <summary>
    /// A message whose only undelivered handlers are dead letters needs an administrator, not a
    /// dispatcher: it is parked until a replay makes it due again.
    /// </summary>
    public static readonly DateTime Parked = new(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    /// <param name="deliveries">Every delivery of the message, as stored now.</param>
    /// <param name="handlers">The keys of the handlers this configuration registers for the message's name.</param>
    public static OutboxSchedule After(
        IReadOnlyCollection<OutboxDelivery> deliveries,
        IReadOnlyCollection<string> handlers,
        DateTime nowUtc,
        OutboxOptions options
    )
    {
        if (deliveries.Count == 0)
        {
            // Nothing was ever owed here: no handler in this configuration; it waits for one.
            return new(null, nowUtc + options.WaitingRecheck);
        }
        var pending = deliveries.Where(d => d.IsPending).ToList();
        var retries = pending.Where(d => handlers.Contains(d.Handler)).Select(d => d.NextAttemptAt).ToList();
        var missing = handlers.Any(h => deliveries.All(d => d.Handler != h));
        if (retries.Count > 0 || missing)
        {
            return new(null, missing ? nowUtc : retries.Min());
        }
        if (pending.Count > 0)
        {
            // A handler another configuration registered (its engine is off here) still owes a delivery: it waits,
            // looked at now and then.
            return new(null, nowUtc + options.WaitingRecheck);
        }
        return deliveries.Any(d => d.DeadLetteredAt is not null) ? new(null, Parked) : new(nowUtc, nowUtc);
    }
}
