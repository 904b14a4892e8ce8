namespace Bocage.Procedures.Domain.Files;

/// <summary>An invoice settlement already handled (at-least-once delivery).</summary>
internal sealed class HandledSettlement(string key, DateTime at)
{
    public string Key { get; private set; } = key;

    public DateTime At { get; private set; } = at;
}
