using Bocage.Kernel.Hours;
using Xunit;

namespace Bocage.Testing;

/// <summary>Parses hours the test knows to be valid, failing with the parser's own message if they are not.</summary>
public static class Parsed
{
    public static OpeningHours Hours(string text)
    {
        Assert.True(OpeningHours.TryParse(text, out var hours, out var error), error);
        return hours;
    }

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    public static TimeOnly Time(string clock) => TimeOnly.ParseExact(clock, "HH:mm");
}
