using Bocage.Procedures.Domain.Files;

namespace Bocage.Procedures.Tests;

public sealed class NumberingTests
{
    [Fact]
    public void A_file_number_is_the_year_and_six_digits()
    {
        Assert.Equal("CCSA-2026-000123", FileCounter.Format(2026, 123));
    }

    [Fact]
    public void A_tracking_code_is_checked_whatever_its_case_and_dashes()
    {
        var code = TrackingCodes.New();

        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", code);
        Assert.Equal(TrackingCodes.Hash(code), TrackingCodes.Hash(code.ToLowerInvariant().Replace("-", " ")));
        Assert.NotEqual(TrackingCodes.Hash(code), TrackingCodes.Hash(TrackingCodes.New()));
    }
}
