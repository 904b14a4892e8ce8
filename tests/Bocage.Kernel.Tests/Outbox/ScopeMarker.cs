namespace Bocage.Kernel.Tests.Outbox;

/// <summary>A scoped service: two handlers that see the same id ran in the same DI scope.</summary>
public sealed class ScopeMarker
{
    public Guid Id { get; } = Guid.NewGuid();
}
