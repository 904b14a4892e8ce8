namespace Bocage.Kernel.Tests.Outbox;

/// <summary>How many more times the flaky handler fails before it works.</summary>
public sealed class FailureSwitch
{
    private int _remaining;

    public int Remaining
    {
        get => _remaining;
        set => _remaining = value;
    }

    public bool ShouldFail() => Interlocked.Decrement(ref _remaining) >= 0;
}
