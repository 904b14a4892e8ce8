namespace Bocage.Testing;

/// <summary>
/// The system clock, moved forward by what a test asks for: the application (and the embedded PayFiP
/// simulator) see the later time, while timers keep running on real time so background workers still tick.
/// </summary>
public sealed class MovableClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
