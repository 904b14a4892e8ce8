using Bocage.Kernel.Amounts;
using Bocage.Payments.Domain;
using Bocage.Payments.Domain.PayFip;

namespace Bocage.Payments.Tests;

public sealed class DomainTests
{
    private static readonly DateTime Now = new(2026, 11, 29, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Regie Canteen = new("FOU-CANT", "59249", "Cantine", "000201", RegieMode.Test, "7067");
    private static readonly InvoicePayerData Payer = new("account-1", "a@example.fr", "A B");

    private static Invoice NewInvoice(Regie? regie = null, params long[] amounts) =>
        new(
            $"R-{Guid.NewGuid():N}",
            (regie ?? Canteen).Id,
            Payer,
            "Cantine",
            (amounts.Length == 0 ? [1000L] : amounts).Select((a, i) => new InvoiceLine($"Ligne {i}", a)).ToList(),
            Now.AddDays(30),
            Now
        );

    [Fact]
    public void The_total_is_the_sum_of_the_lines_in_cents()
    {
        var invoice = NewInvoice(null, 5120, 1200, 1);
        Assert.Equal(6321, invoice.AmountCents);
        Assert.Throws<PaymentRuleException>(() => NewInvoice(null, 500, 0));
    }

    [Fact]
    public void A_second_attempt_while_one_is_pending_is_refused_until_it_is_stale()
    {
        var invoice = NewInvoice();
        invoice.StartAttempt(Guid.NewGuid(), Now, TimeSpan.FromMinutes(20));

        var refused = Assert.Throws<PaymentRuleException>(() =>
            invoice.StartAttempt(Guid.NewGuid(), Now.AddMinutes(5), TimeSpan.FromMinutes(20))
        );
        Assert.Equal(PaymentRefusal.AttemptPending, refused.Refusal);
        invoice.StartAttempt(Guid.NewGuid(), Now.AddMinutes(21), TimeSpan.FromMinutes(20));
    }

    [Fact]
    public void An_invoice_is_paid_once_and_a_second_confirmed_payment_is_for_refund()
    {
        var invoice = NewInvoice();
        var first = Guid.NewGuid();
        Assert.True(invoice.Settle(first, Now));
        Assert.True(invoice.Settle(first, Now), "the same attempt again is a duplicate, not a second payment");
        Assert.False(invoice.Settle(Guid.NewGuid(), Now));
        Assert.Equal(first, invoice.PaidByAttemptId);
        Assert.Equal(
            PaymentRefusal.AlreadyPaid,
            Assert.Throws<PaymentRuleException>(() => invoice.StartAttempt(Guid.NewGuid(), Now, TimeSpan.Zero)).Refusal
        );
    }

    [Fact]
    public void Cancelling_needs_a_reason_and_a_cancelled_invoice_cannot_be_paid()
    {
        var invoice = NewInvoice();
        Assert.Equal(
            PaymentRefusal.ReasonRequired,
            Assert.Throws<PaymentRuleException>(() => invoice.Cancel(" ")).Refusal
        );
        invoice.Cancel("Erreur de tarif");
        Assert.Equal(InvoiceStatus.Cancelled, invoice.Status);
        Assert.Equal(
            PaymentRefusal.Cancelled,
            Assert.Throws<PaymentRuleException>(() => invoice.StartAttempt(Guid.NewGuid(), Now, TimeSpan.Zero)).Refusal
        );
    }

    [Fact]
    public void An_attempt_never_mixes_regies_and_its_outcome_is_set_once()
    {
        var water = new Regie("FOU-EAU", "59249", "Eau", "000202", RegieMode.Test, "");
        Assert.Equal(
            PaymentRefusal.MixedRegies,
            Assert
                .Throws<PaymentRuleException>(() =>
                    new PaymentAttempt(Canteen, [NewInvoice(), NewInvoice(water)], null, "a@example.fr", Now)
                )
                .Refusal
        );

        var attempt = new PaymentAttempt(
            Canteen,
            [NewInvoice(null, 1000), NewInvoice(null, 250)],
            null,
            "a@example.fr",
            Now
        );
        Assert.Equal(1250, attempt.AmountCents);
        Assert.True(attempt.Resolve(AttemptStatus.Paid, "P", "123", Now));
        Assert.False(attempt.Resolve(AttemptStatus.Refused, "R", null, Now));
        Assert.Equal(AttemptStatus.Paid, attempt.Status);
    }

    [Fact]
    public void Receipt_numbers_follow_each_other_without_gaps()
    {
        var counter = new ReceiptCounter(Canteen.Id, 2026);
        Assert.Equal([1, 2, 3], new[] { counter.Take(), counter.Take(), counter.Take() });
        Assert.Equal(
            "FOU-CANT-2026-000042",
            new Receipt(Canteen.Id, Guid.NewGuid(), 2026, 42, 100, Now).Code(Canteen.Code)
        );
    }

    [Theory]
    [InlineData("P", "Paid")]
    [InlineData("V", "Paid")]
    [InlineData("A", "Abandoned")]
    [InlineData("R", "Refused")]
    [InlineData("Z", "Refused")]
    [InlineData("", null)]
    public void PayFiP_result_codes_map_to_outcomes(string resultrans, string? expected) =>
        Assert.Equal(
            expected,
            new PayFipDetail("x", resultrans, 100, "000201", "R", 2026, null, null, null).Outcome?.ToString()
        );

    [Theory]
    [InlineData("12", 1200)]
    [InlineData("12,5", 1250)]
    [InlineData("1 234,56 €", 123456)]
    [InlineData("0.07", 7)]
    public void Amounts_are_read_in_cents(string text, long cents)
    {
        Assert.True(Money.TryParse(text, out var parsed));
        Assert.Equal(cents, parsed);
    }

    [Theory]
    [InlineData("12,345")]
    [InlineData("-3")]
    [InlineData("abc")]
    [InlineData("")]
    public void Bad_amounts_are_refused(string text) => Assert.False(Money.TryParse(text, out _));

    [Fact]
    public void Regie_settings_are_checked()
    {
        Assert.True(Regie.IsValidNumcli("000201"));
        Assert.False(Regie.IsValidNumcli("20A"));
        Assert.Equal("W", new Regie("X1", null, "X", "000001", RegieMode.Production, "").Saisie);
    }
}
