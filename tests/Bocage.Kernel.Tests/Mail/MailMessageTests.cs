using Bocage.Kernel.Mail;

namespace Bocage.Kernel.Tests.Mail;

public sealed class MailMessageTests
{
    private static readonly DateTime Now = new(2026, 11, 29, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Waits_5_then_10_then_20_seconds_and_never_more_than_an_hour()
    {
        Assert.Equal(TimeSpan.FromSeconds(5), MailMessage.Backoff(1));
        Assert.Equal(TimeSpan.FromSeconds(10), MailMessage.Backoff(2));
        Assert.Equal(TimeSpan.FromSeconds(20), MailMessage.Backoff(3));
        Assert.Equal(TimeSpan.FromHours(1), MailMessage.Backoff(30));
    }

    [Fact]
    public void Gives_up_after_the_last_allowed_attempt_but_keeps_the_message()
    {
        var message = new MailMessage("a@exemple.fr", "Objet", "Texte", null, "test", null, Now);
        message.MarkFailed("refused", Now, maxAttempts: 2);
        Assert.Null(message.GaveUpAt);

        message.MarkFailed("refused again", Now, maxAttempts: 2);

        Assert.Equal(Now, message.GaveUpAt);
        Assert.Equal(2, message.Attempts);
        Assert.Equal("refused again", message.LastError);
        Assert.Null(message.SentAt);
    }
}
