using Bocage.Kernel.Territory;

namespace Bocage.Kernel.Tests.Territory;

public sealed class IdentityColourTests
{
    [Theory]
    [InlineData("#1B5E20", "#1b5e20")]
    [InlineData(" 1b5e20 ", "#1b5e20")]
    [InlineData("#ABCDEF", "#abcdef")]
    public void A_colour_is_kept_as_six_lower_case_digits(string typed, string kept) =>
        Assert.Equal(kept, IdentityColour.Normalise(typed));

    [Theory]
    [InlineData("")]
    [InlineData("vert")]
    [InlineData("#1b5e2")]
    [InlineData("#1b5e20ff")]
    [InlineData("#GGGGGG")]
    [InlineData("red; } body { display: none")]
    public void Anything_else_is_no_colour(string typed) => Assert.Null(IdentityColour.Normalise(typed));

    [Theory]
    // WCAG's own reference points: black on white 21:1, white on white 1:1, #767676 the lightest grey at 4.5:1.
    [InlineData("#000000", 21.0)]
    [InlineData("#ffffff", 1.0)]
    [InlineData("#767676", 4.54)]
    [InlineData("#777777", 4.48)]
    public void Contrast_with_white_is_as_wcag_computes_it(string colour, double expected) =>
        Assert.Equal(expected, IdentityColour.ContrastWithWhite(colour), 2);

    [Fact]
    public void The_site_green_is_readable_and_a_yellow_is_not()
    {
        Assert.True(IdentityColour.ContrastWithWhite("#1d5b36") >= IdentityColour.MinimumContrast);
        Assert.True(IdentityColour.ContrastWithWhite("#ffdd00") < IdentityColour.MinimumContrast);
    }
}
