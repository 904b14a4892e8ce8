using Bocage.Kernel.Mail;

namespace Bocage.Kernel.Tests.Mail;

public sealed class MailBackoffTests
{
    [Fact]
    public void Waits_5_then_10_then_20_seconds_doubling_up_to_an_hour()
    {
        var options = new MailOptions();

        var delays = Enumerable.Range(1, 30).Select(n => MailBackoff.DelayAfter(n, options)).ToList();

        Assert.Equal(
            [5, 10, 20, 40, 80, 160, 320, 640, 1280, 2560, 3600, 3600],
            delays.Take(12).Select(d => d.TotalSeconds)
        );
        Assert.All(delays.Skip(10), d => Assert.Equal(TimeSpan.FromHours(1), d));
    }

    [Fact]
    public void A_very_long_outage_does_not_overflow_the_delay()
    {
        var options = new MailOptions { FirstRetryDelay = TimeSpan.FromDays(1), MaxRetryDelay = TimeSpan.FromDays(2) };

        Assert.Equal(TimeSpan.FromDays(2), MailBackoff.DelayAfter(10_000, options));
        Assert.Equal(TimeSpan.FromDays(1), MailBackoff.DelayAfter(1, options));
    }

    [Fact]
    public void Gives_up_after_the_configured_number_of_attempts()
    {
        Assert.False(MailBackoff.GivesUpAfter(19, new MailOptions()));
        Assert.True(MailBackoff.GivesUpAfter(20, new MailOptions()));
        Assert.False(MailBackoff.GivesUpAfter(2, new MailOptions { MaxAttempts = 3 }));
        Assert.True(MailBackoff.GivesUpAfter(3, new MailOptions { MaxAttempts = 3 }));
    }
}
