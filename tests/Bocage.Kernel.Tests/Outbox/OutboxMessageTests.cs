using Bocage.Kernel.Outbox;
using Bocage.Kernel.Contracts;

namespace Bocage.Kernel.Tests.Outbox;

public sealed class OutboxMessageTests
{
    private sealed record Paid(string InvoiceId, long AmountCents) : IDomainEvent;

    private static readonly DateTime Now = new(2026, 11, 29, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Stores_the_event_type_and_its_payload()
    {
        var message = OutboxMessage.For(new Paid("F-1", 1250), Now);

        Assert.Equal(typeof(Paid).FullName, message.Type);
        Assert.Contains("\"AmountCents\":1250", message.Payload);
        Assert.Equal(Now, message.NextAttemptAt);
        Assert.Null(message.ProcessedAt);
    }

    [Fact]
    public void Waits_longer_after_each_failure_but_never_more_than_an_hour()
    {
        var message = OutboxMessage.For(new Paid("F-1", 1250), Now);
        var delays = new List<TimeSpan>();
        for (var i = 0; i < 15; i++)
        {
            message.MarkFailed("smtp down", Now);
            delays.Add(message.NextAttemptAt - Now);
        }

        Assert.Equal(TimeSpan.FromSeconds(2), delays[0]);
        Assert.Equal(TimeSpan.FromSeconds(4), delays[1]);
        Assert.True(delays.Zip(delays.Skip(1)).All(p => p.Second >= p.First));
        Assert.Equal(TimeSpan.FromHours(1), delays[^1]);
        Assert.Equal(15, message.Attempts);
        Assert.Equal("smtp down", message.LastError);
    }
}
