using Bocage.Kernel.Mail;

namespace Bocage.Kernel.Tests.Mail;

public sealed class MailEnqueueTests
{
    private static MailRequest Receipt(string to = "usager@example.org") =>
        new(
            to,
            "Votre demande a bien été reçue",
            "Bonjour,\nvotre demande est enregistrée.",
            "procedures.demande-recue"
        );

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_mail_is_stored_queued_due_now_with_its_attachments(DatabaseProvider provider)
    {
        using var host = new MailTestHost(provider);
        byte[] pdf = [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37];

        var id = await host.Mailer.EnqueueAsync(
            Receipt() with
            {
                HtmlBody = "<p>Bonjour,</p>",
                Attachments = [new("recepisse.pdf", "application/pdf", pdf)],
            }
        );

        var mail = await host.MailAsync(id);
        Assert.Equal(MailStatus.Queued, mail.Status);
        Assert.Equal(host.Now, mail.NextAttemptAt);
        Assert.Equal(0, mail.Attempts);
        Assert.Equal("usager@example.org", mail.Recipient);
        Assert.Equal("<p>Bonjour,</p>", mail.HtmlBody);
        Assert.EndsWith("@bocage.localhost", mail.MessageId);
        var attachment = Assert.Single(mail.Attachments);
        Assert.Equal(("recepisse.pdf", "application/pdf"), (attachment.FileName, attachment.ContentType));
        Assert.Equal(pdf, attachment.Content);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_same_idempotency_key_queued_twice_stores_one_mail(DatabaseProvider provider)
    {
        using var host = new MailTestHost(provider);

        var first = await host.Mailer.EnqueueAsync(Receipt() with { IdempotencyKey = "demande-42-recue" });
        var second = await host.Mailer.EnqueueAsync(
            Receipt() with
            {
                IdempotencyKey = "demande-42-recue",
                Subject = "Rappel",
            }
        );
        var other = await host.Mailer.EnqueueAsync(Receipt() with { IdempotencyKey = "demande-43-recue" });

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
        var mails = await host.MailsAsync();
        Assert.Equal(2, mails.Count);
        Assert.Equal("Votre demande a bien été reçue", mails.Single(m => m.Id == first).Subject);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Concurrent_enqueues_with_one_key_store_one_mail(DatabaseProvider provider)
    {
        using var host = new MailTestHost(provider);
        var mailer = host.Mailer;

        var ids = await Task.WhenAll(
            Enumerable
                .Range(0, 8)
                .Select(_ => Task.Run(() => mailer.EnqueueAsync(Receipt() with { IdempotencyKey = "double-clic" })))
        );

        Assert.Single(ids.Distinct());
        Assert.Single(await host.MailsAsync());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_invalid_recipient_is_refused_at_enqueue_and_nothing_is_queued(DatabaseProvider provider)
    {
        using var host = new MailTestHost(provider);

        var refusal = await Assert.ThrowsAsync<InvalidMailException>(() =>
            host.Mailer.EnqueueAsync(Receipt("jean.dupont@fourmies"))
        );

        Assert.Contains("jean.dupont@fourmies", refusal.Message);
        Assert.Empty(await host.MailsAsync());
    }
}
