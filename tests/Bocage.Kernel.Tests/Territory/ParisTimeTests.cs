using System.Globalization;
using Bocage.Kernel.Time;

namespace Bocage.Kernel.Tests.Territory;

public sealed class ParisTimeTests
{
    [Fact]
    public void Shows_winter_times_one_hour_ahead_of_UTC() =>
        Assert.Equal(
            new DateTime(2026, 11, 29, 15, 5, 0),
            ParisTime.ToParis(new DateTime(2026, 11, 29, 14, 5, 0, DateTimeKind.Utc))
        );

    [Fact]
    public void Shows_summer_times_two_hours_ahead_of_UTC() =>
        Assert.Equal(
            new DateTime(2026, 7, 14, 12, 0, 0),
            ParisTime.ToParis(new DateTime(2026, 7, 14, 10, 0, 0, DateTimeKind.Utc))
        );

    [Fact]
    public void Stores_what_a_person_types_in_Paris_as_UTC() =>
        Assert.Equal(
            new DateTime(2026, 7, 14, 10, 0, 0, DateTimeKind.Utc),
            ParisTime.ToUtc(new DateTime(2026, 7, 14, 12, 0, 0))
        );

    [Fact]
    public void Formats_in_French_with_the_Paris_wall_clock() =>
        Assert.Equal(
            "29 novembre 2026 à 15:05",
            ParisTime.Format(new DateTime(2026, 11, 29, 14, 5, 0, DateTimeKind.Utc), CultureInfo.GetCultureInfo("fr"))
        );
}
