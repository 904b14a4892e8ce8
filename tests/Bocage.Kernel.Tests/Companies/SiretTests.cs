using Bocage.Kernel.Companies;

namespace Bocage.Kernel.Tests.Companies;

public sealed class SiretTests
{
    [Theory]
    [InlineData("73282932000074", "73282932000074")] // IBM France, Luhn-valid
    [InlineData("732 829 320 00074", "73282932000074")]
    [InlineData(" 443 061 841 00047 ", "44306184100047")] // Google France, Luhn-valid
    [InlineData("732\u00a0829\u00a0320\u00a000074", "73282932000074")] // non-breaking spaces of French formatting
    public void A_valid_siret_is_read_without_its_spaces(string typed, string expected)
    {
        Assert.True(Siret.TryParse(typed, out var siret));
        Assert.Equal(expected, siret.Value);
    }

    [Theory]
    [InlineData("73282932000075")] // last digit changed
    [InlineData("73282932100074")] // a middle digit changed
    [InlineData("83282932000074")] // first digit changed
    [InlineData("7328293200007")] // 13 digits
    [InlineData("732829320000740")] // 15 digits
    [InlineData("7328293200007A")]
    [InlineData("SIRET 73282932000074")]
    [InlineData("732.829.320.00074")] // only spaces are allowed between groups
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void A_wrong_siret_is_refused(string? typed)
    {
        Assert.False(Siret.TryParse(typed, out var siret));
        Assert.Equal(default, siret);
    }

    [Fact]
    public void La_Poste_head_office_keeps_its_Luhn_key()
    {
        Assert.True(Siret.TryParse("356 000 000 00048", out var siret));
        Assert.Equal("356000000", siret.Siren.Value);
    }

    // Numbers built to follow INSEE's rule, not looked up in the register (which these tests do not query).
    [Theory]
    [InlineData("35600000000010")] // digit sum 15
    [InlineData("35600000000001")] // digit sum 15
    [InlineData("35600000000100")] // digit sum 15
    public void La_Poste_establishments_are_checked_by_their_digit_sum_not_by_Luhn(string number)
    {
        Assert.False(Luhn.IsValid(number), "this example must fail Luhn to show the exception");
        Assert.Equal(0, number.Sum(c => c - '0') % 5);

        Assert.True(Siret.TryParse(number, out _));
    }

    [Theory]
    [InlineData("35600000000011")] // digit sum 16
    [InlineData("35600000000055")] // Luhn-valid, but La Poste's rule applies: digit sum 24
    public void A_La_Poste_number_whose_digit_sum_is_not_a_multiple_of_5_is_refused(string number) =>
        Assert.False(Siret.TryParse(number, out _));

    [Fact]
    public void The_exception_is_for_La_Poste_only()
    {
        // Its digit sum is 40, a multiple of 5, but it is not La Poste's: Luhn applies, and fails.
        Assert.False(Siret.TryParse("73282932000004", out _));
    }

    [Fact]
    public void The_siren_is_the_first_nine_digits_and_the_siret_prints_grouped()
    {
        Assert.True(Siret.TryParse("73282932000074", out var siret));

        Assert.Equal("732829320", siret.Siren.Value);
        Assert.Equal("732 829 320 00074", siret.Formatted);
    }

    [Theory]
    [InlineData("732829320", true)]
    [InlineData("732 829 320", true)]
    [InlineData("356000000", true)]
    [InlineData("443061841", true)]
    [InlineData("732829321", false)] // last digit changed
    [InlineData("73282932", false)] // 8 digits
    [InlineData("7328293200", false)] // 10 digits
    [InlineData("73282932O", false)] // letter O for zero
    public void A_siren_is_nine_digits_with_a_Luhn_key(string typed, bool valid) =>
        Assert.Equal(valid, Siren.TryParse(typed, out _));
}
