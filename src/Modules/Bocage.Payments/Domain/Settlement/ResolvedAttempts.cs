using System.Collections.Concurrent;

namespace Bocage.Payments.Domain.Settlement;

/// <summary>
/// The idOps this node has seen resolved (paid, refused, abandoned). Resolution is final, so a
/// duplicate notification of one of them can be answered without the database: PayFiP and forgers
/// alike may send many. Each node learns on its own; forgetting (when full) only costs a read.
/// </summary>
internal sealed class ResolvedAttempts
{
    private const int Capacity = 100_000;
    private readonly ConcurrentDictionary<string, byte> _idOps = new(StringComparer.Ordinal);

    public bool Contains(string idOp) => _idOps.ContainsKey(idOp);

    public void Add(string idOp)
    {
        if (_idOps.Count >= Capacity)
        {
            _idOps.Clear();
        }
        _idOps.TryAdd(idOp, 0);
    }
}
