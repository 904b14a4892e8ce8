namespace Bocage.Payments.Domain;

/// <summary>
/// Next receipt number of a régie for a year; incremented in the transaction that issues the receipt, so numbers have
/// no gaps.
/// </summary>
internal sealed class ReceiptCounter
{
    public Guid RegieId { get; private set; }

    public int Year { get; private set; }

    public int Next { get; private set; } = 1;

    public Guid Version { get; private set; } = Guid.NewGuid();

    private ReceiptCounter() { }

    public ReceiptCounter(Guid regieId, int year)
    {
        RegieId = regieId;
        Year = year;
    }

    public int Take()
    {
        Version = Guid.NewGuid();
        return Next++;
    }
}
