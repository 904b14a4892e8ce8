using System.Collections.Concurrent;

namespace Bocage.PayfipSimulator;

/// <summary>
/// The simulator's memory: operations by idOp. It forgets everything when it stops, as a test double may.
/// </summary>
public sealed class SimulatorState
{
    private readonly ConcurrentDictionary<string, SimulatedOperation> _operations = new();

    public SimulatedOperation Add(IReadOnlyDictionary<string, string> request)
    {
        var operation = new SimulatedOperation { IdOp = Guid.NewGuid().ToString("N"), Request = request };
        _operations[operation.IdOp] = operation;
        return operation;
    }

    public SimulatedOperation? Find(string? idOp) =>
        idOp is not null && _operations.TryGetValue(idOp, out var operation) ? operation : null;

    /// <summary>
    /// Records the payer's choice once; a second choice on the same operation is ignored, as PayFiP would.
    /// </summary>
    public bool Complete(SimulatedOperation operation, string result)
    {
        lock (operation)
        {
            if (operation.Result is not null)
            {
                return false;
            }
            operation.Result = result;
            operation.DoneAtUtc = DateTime.UtcNow;
            operation.Numauto =
                result == "P"
                    ? Random.Shared.Next(100000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : null;
            return true;
        }
    }
}
