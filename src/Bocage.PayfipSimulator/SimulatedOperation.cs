namespace Bocage.PayfipSimulator;

/// <summary>A payment registered by creerPaiementSecurise, and what the tester made of it.</summary>
public sealed class SimulatedOperation
{
    public required string IdOp { get; init; }

    public required IReadOnlyDictionary<string, string> Request { get; init; }

    public required DateTime CreatedAtUtc { get; init; }

    /// <summary>resultrans once the payer chose: P paid, R refused, A abandoned; null while in progress.</summary>
    public string? Result { get; set; }

    public string? Numauto { get; set; }

    public DateTime? DoneAtUtc { get; set; }

    public string Field(string name) => Request.TryGetValue(name, out var value) ? value : "";
}
