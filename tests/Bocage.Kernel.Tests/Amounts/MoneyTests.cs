using System.Globalization;
using Bocage.Kernel.Amounts;

namespace Bocage.Kernel.Tests.Amounts;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("12", 1200)]
    [InlineData("12,5", 1250)]
    [InlineData("12,50", 1250)]
    [InlineData("12.50", 1250)]
    [InlineData("0,07", 7)]
    [InlineData("0.07", 7)]
    [InlineData("007", 700)]
    [InlineData("0", 0)]
    [InlineData("1 234,50", 123450)]
    [InlineData("1 234,5 €", 123450)]
    [InlineData("1 234,56 €", 123456)]
    [InlineData("12€", 1200)]
    [InlineData("€ 12,50", 1250)]
    [InlineData("  45,00  ", 4500)]
    [InlineData("1\u202F234,50\u00A0€", 123450)] // what Format writes
    [InlineData("1\u00A0234,50", 123450)]
    [InlineData("1\u2009234,50", 123450)] // thin space
    [InlineData("999999999,99", 99999999999)]
    public void Amounts_typed_the_French_or_the_plain_way_are_read_in_cents(string typed, long cents)
    {
        Assert.True(Money.TryParse(typed, out var parsed));
        Assert.Equal(cents, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("€")]
    [InlineData("abc")]
    [InlineData("douze")]
    [InlineData("12,345")] // three decimals
    [InlineData("12,")] // a separator without decimals
    [InlineData(",50")] // decimals without euros
    [InlineData("1.234,50")] // two separators
    [InlineData("12,5,0")]
    [InlineData("1e3")]
    [InlineData("+12")]
    [InlineData("12-")]
    [InlineData("12 € €")]
    [InlineData("12 EUR")]
    [InlineData("١٢")] // digits, but not ASCII ones
    [InlineData("1000000000")] // more than nine digits of euros
    [InlineData("99999999999999999999")]
    public void Text_that_is_not_an_amount_is_refused(string? typed)
    {
        Assert.False(Money.TryParse(typed, out var cents));
        Assert.Equal(0, cents);
    }

    [Theory]
    [InlineData("-3")]
    [InlineData("-12,50 €")]
    [InlineData("-0")]
    public void A_negative_amount_is_refused_unless_asked_for(string typed) =>
        Assert.False(Money.TryParse(typed, out _));

    [Theory]
    [InlineData("-3", -300)]
    [InlineData("-12,50 €", -1250)]
    [InlineData("- 1 234,5", -123450)]
    [InlineData("5", 500)]
    public void A_negative_amount_is_read_when_asked_for(string typed, long cents)
    {
        Assert.True(Money.TryParse(typed, out var parsed, allowNegative: true));
        Assert.Equal(cents, parsed);
    }

    [Theory]
    [InlineData("--3")]
    [InlineData("-")]
    [InlineData("3-")]
    public void A_stray_minus_is_refused_even_when_negatives_are_allowed(string typed) =>
        Assert.False(Money.TryParse(typed, out _, allowNegative: true));

    [Theory]
    [InlineData(0, "0,00\u00A0€")]
    [InlineData(7, "0,07\u00A0€")]
    [InlineData(1250, "12,50\u00A0€")]
    [InlineData(4500, "45,00\u00A0€")]
    [InlineData(99999, "999,99\u00A0€")]
    [InlineData(123450, "1\u202F234,50\u00A0€")]
    [InlineData(123456789, "1\u202F234\u202F567,89\u00A0€")]
    [InlineData(100000000000, "1\u202F000\u202F000\u202F000,00\u00A0€")]
    [InlineData(-1250, "-12,50\u00A0€")]
    [InlineData(-123450, "-1\u202F234,50\u00A0€")]
    public void Amounts_are_written_with_French_typography(long cents, string expected) =>
        Assert.Equal(expected, Money.Format(cents));

    [Fact]
    public void Writing_does_not_depend_on_the_current_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-GB");
            Assert.Equal("1\u202F234,50\u00A0€", Money.Format(123450));
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            Assert.Equal("1\u202F234,50\u00A0€", Money.Format(123450));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void The_extreme_values_of_a_long_are_written_without_overflow()
    {
        Assert.Equal("92\u202F233\u202F720\u202F368\u202F547\u202F758,07\u00A0€", Money.Format(long.MaxValue));
        Assert.Equal("-92\u202F233\u202F720\u202F368\u202F547\u202F758,08\u00A0€", Money.Format(long.MinValue));
    }

    [Theory]
    [InlineData(0, "0,00")]
    [InlineData(4500, "45,00")]
    [InlineData(123450, "1234,50")]
    [InlineData(-705, "-7,05")]
    public void An_input_field_shows_the_amount_without_grouping_or_currency(long cents, string expected) =>
        Assert.Equal(expected, Money.ForInput(cents));

    [Theory]
    [InlineData(0, "0.00")]
    [InlineData(4800, "48.00")]
    [InlineData(123456, "1234.56")]
    [InlineData(-5, "-0.05")]
    public void Machines_get_plain_figures(long cents, string expected) => Assert.Equal(expected, Money.Plain(cents));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1250)]
    [InlineData(123456789)]
    [InlineData(99999999999)]
    [InlineData(-4217)]
    public void What_is_written_reads_back_to_the_same_cents(long cents)
    {
        foreach (var text in new[] { Money.Format(cents), Money.ForInput(cents), Money.Plain(cents) })
        {
            Assert.True(Money.TryParse(text, out var parsed, allowNegative: true), text);
            Assert.Equal(cents, parsed);
        }
    }
}
