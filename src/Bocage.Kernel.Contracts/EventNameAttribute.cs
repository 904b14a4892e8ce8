namespace Bocage.Kernel.Contracts;

/// <summary>
/// The stable name under which an event is stored in an outbox and routed to its handlers, e.g.
/// <c>payments.invoice-settled</c> version 1 → <c>payments.invoice-settled.v1</c>. A stored event must
/// still be delivered after its record type is renamed or moved, so the CLR name is never stored.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventNameAttribute(string name, int version) : Attribute
{
    public string Name { get; } = name;

    public int Version { get; } = version;

    public string Qualified => $"{Name}.v{Version}";
}
