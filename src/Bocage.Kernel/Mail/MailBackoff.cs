namespace Bocage.Kernel.Mail;

/// <summary>
/// When to try a mail again after a failure: doubling from <see cref="MailOptions.FirstRetryDelay"/>
/// (5 s, 10 s, 20 s…) up to <see cref="MailOptions.MaxRetryDelay"/>, so that a server that is down
/// for a day is neither hammered nor waited for much longer than it was down.
/// </summary>
public static class MailBackoff
{
    public static TimeSpan DelayAfter(int failedAttempts, MailOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        // Doubling past 2^40 overflows the ticks long before any sane cap; the cap wins anyway.
        var exponent = Math.Min(failedAttempts - 1, 40);
        var ticks = options.FirstRetryDelay.Ticks * Math.Pow(2, exponent);
        return ticks >= options.MaxRetryDelay.Ticks ? options.MaxRetryDelay : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>True when the attempt just made was the last one allowed: the mail is then marked failed.</summary>
    public static bool GivesUpAfter(int attempts, MailOptions options) => attempts >= options.MaxAttempts;
}
