using Bocage.Kernel.Contracts;
using Bocage.Kernel.Outbox;

namespace Bocage.Kernel.Tests.Outbox;

public sealed class OutboxMessageTests
{
    [EventName("tests.paid", 2)]
    private sealed record Paid(string InvoiceId, long AmountCents) : IDomainEvent;

    private sealed record Unnamed(string InvoiceId) : IDomainEvent;

    private static readonly DateTime Now = new(2026, 11, 29, 10, 0, 0, DateTimeKind.Utc);

    private static readonly OutboxOptions Options = new();

    [Fact]
    public void Stores_the_event_under_its_contract_name_with_its_payload()
    {
        var message = OutboxMessage.For(new Paid("F-1", 1250), Now);

        Assert.Equal("tests.paid.v2", message.Type);
        Assert.Contains("\"AmountCents\":1250", message.Payload);
        Assert.Equal(Now, message.NextAttemptAt);
        Assert.Null(message.ProcessedAt);
    }

    [Fact]
    public void Refuses_an_event_type_without_a_contract_name()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => OutboxMessage.For(new Unnamed("F-1"), Now));

        Assert.Contains(typeof(Unnamed).FullName!, refused.Message);
    }

    [Fact]
    public void A_delivery_waits_longer_after_each_failure_but_never_more_than_an_hour()
    {
        var delivery = OutboxDelivery.For(1, "handler", Now);
        var delays = new List<TimeSpan>();
        for (var i = 0; i < 14; i++)
        {
            delivery.MarkFailed("smtp down", Now, Options);
            delays.Add(delivery.NextAttemptAt - Now);
        }

        Assert.Equal(TimeSpan.FromSeconds(2), delays[0]);
        Assert.Equal(TimeSpan.FromSeconds(4), delays[1]);
        Assert.True(delays.Zip(delays.Skip(1)).All(p => p.Second >= p.First));
        Assert.Equal(TimeSpan.FromHours(1), delays[^1]);
        Assert.Equal((14, "smtp down"), (delivery.Attempts, delivery.LastError));
        Assert.True(delivery.IsPending);
    }

    [Fact]
    public void A_delivery_becomes_a_dead_letter_at_its_last_attempt_and_a_replay_gives_it_fresh_attempts()
    {
        var delivery = OutboxDelivery.For(1, "handler", Now);
        for (var i = 0; i < Options.MaxAttempts; i++)
        {
            delivery.MarkFailed("bug", Now, Options);
        }

        Assert.Equal(Now, delivery.DeadLetteredAt);
        Assert.False(delivery.IsDueAt(Now.AddDays(1)));

        delivery.Replay(Now.AddDays(1));

        Assert.True(delivery.IsDueAt(Now.AddDays(1)));
        Assert.Equal((0, "bug"), (delivery.Attempts, delivery.LastError));
    }

    [Fact]
    public void A_message_is_processed_only_when_every_handler_delivered()
    {
        var done = OutboxDelivery.For(1, "a", Now);
        done.MarkDelivered(Now);
        var retried = OutboxDelivery.For(1, "b", Now);
        retried.MarkFailed("down", Now, Options);

        Assert.Equal(
            new OutboxSchedule(null, Now.AddSeconds(2)),
            OutboxSchedule.After([done, retried], ["a", "b"], Now, Options)
        );
        Assert.Equal(new OutboxSchedule(Now, Now), OutboxSchedule.After([done], ["a"], Now, Options));
    }

    [Fact]
    public void A_message_owing_a_switched_off_handler_is_looked_at_hourly_and_one_with_only_dead_letters_is_parked()
    {
        var done = OutboxDelivery.For(1, "a", Now);
        done.MarkDelivered(Now);
        var absent = OutboxDelivery.For(1, "switched-off", Now);
        var dead = OutboxDelivery.For(1, "b", Now);
        for (var i = 0; i < Options.MaxAttempts; i++)
        {
            dead.MarkFailed("bug", Now, Options);
        }

        Assert.Equal(
            new OutboxSchedule(null, Now.AddHours(1)),
            OutboxSchedule.After([done, absent], ["a"], Now, Options)
        );
        Assert.Equal(
            new OutboxSchedule(null, OutboxSchedule.Parked),
            OutboxSchedule.After([done, dead], ["a", "b"], Now, Options)
        );
    }
}
