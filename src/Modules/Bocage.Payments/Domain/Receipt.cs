namespace Bocage.Payments.Domain;

/// <summary>A receipt: issued once per paid attempt, numbered without gaps per régie and year.</summary>
internal sealed class Receipt
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid RegieId { get; private set; }

    public Guid AttemptId { get; private set; }

    public int Year { get; private set; }

    public int Number { get; private set; }

    public long AmountCents { get; private set; }

    public DateTime IssuedAtUtc { get; private set; }

    private Receipt() { }

    public Receipt(Guid regieId, Guid attemptId, int year, int number, long amountCents, DateTime issuedAtUtc)
    {
        RegieId = regieId;
        AttemptId = attemptId;
        Year = year;
        Number = number;
        AmountCents = amountCents;
        IssuedAtUtc = issuedAtUtc;
    }

    public string Code(string regieCode) => $"{regieCode}-{Year}-{Number:D6}";
}
