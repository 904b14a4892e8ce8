using System.Collections.Concurrent;

namespace Bocage.PayfipSimulator;

/// <summary>
/// The simulator's memory: operations by idOp. It forgets everything when it stops, as a test double may.
/// Like PayFiP, an operation can be paid for 15 minutes after its creation; unfinished, it answers « in
/// progress » (P5) until the night after (midnight in Paris), then is purged and answers « unknown » (P1).
/// </summary>
public sealed class SimulatorState(TimeProvider clock)
{
    public static readonly TimeSpan PayableFor = TimeSpan.FromMinutes(15);

    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private readonly ConcurrentDictionary<string, SimulatedOperation> _operations = new();

    public DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    public SimulatedOperation Add(IReadOnlyDictionary<string, string> request)
    {
        // PayFiP's idOp: 36 characters (a UUID with its dashes).
        var operation = new SimulatedOperation
        {
            IdOp = Guid.NewGuid().ToString(),
            Request = request,
            CreatedAtUtc = NowUtc,
        };
        _operations[operation.IdOp] = operation;
        return operation;
    }

    /// <summary>The operation, or null when unknown or purged.</summary>
    public SimulatedOperation? Find(string? idOp) =>
        idOp is not null && _operations.TryGetValue(idOp, out var operation) && !IsPurged(operation) ? operation : null;

    /// <summary>Unfinished and past the 15 minutes: the payer page refuses it.</summary>
    public bool IsExpired(SimulatedOperation operation) =>
        operation.Result is null && NowUtc - operation.CreatedAtUtc > PayableFor;

    /// <summary>A time as PayFiP gives it, in Paris.</summary>
    public static DateTime InParis(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Paris);

    private bool IsPurged(SimulatedOperation operation)
    {
        if (operation.Result is not null)
        {
            return false;
        }
        var nextMidnight = InParis(operation.CreatedAtUtc).Date.AddDays(1);
        return NowUtc >= TimeZoneInfo.ConvertTimeToUtc(nextMidnight, Paris);
    }

    /// <summary>
    /// Records the payer's choice once; a second choice on the same operation is ignored, as PayFiP would.
    /// </summary>
    public bool Complete(SimulatedOperation operation, string result)
    {
        lock (operation)
        {
            if (operation.Result is not null || IsExpired(operation))
            {
                return false;
            }
            operation.Result = result;
            operation.DoneAtUtc = NowUtc;
            operation.Numauto =
                result == "P"
                    ? Random.Shared.Next(100000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : null;
            return true;
        }
    }
}
