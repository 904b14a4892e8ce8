using Bocage.Kernel.Mail;

namespace Bocage.Kernel.Tests.Mail;

/// <summary>Mail through a real SMTP server (smtp-sink, started by test.sh) on both databases.</summary>
public sealed class MailDeliveryTests
{
    private const string Subject = "Votre demande a bien été reçue";

    private static string UniqueRecipient(string name) => $"{name}.{Guid.NewGuid():N}@example.org";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_queued_mail_reaches_the_server_with_its_French_subject_intact(DatabaseProvider provider)
    {
        var smtp = SmtpTestServer.Shared();
        using var host = MailTestHost.Sending(provider, smtp);
        var to = UniqueRecipient("elodie");
        byte[] pdf = [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xe9];
        var id = await host.Mailer.EnqueueAsync(
            new(
                to,
                Subject,
                "Bonjour Élodie,\nvotre demande n° 42 est enregistrée à Fourmies.",
                "procedures.demande-recue"
            )
            {
                HtmlBody = "<p>Bonjour Élodie,</p>",
                Attachments = [new("récépissé-42.pdf", "application/pdf", pdf)],
            }
        );

        Assert.Equal(1, await host.Sender.SendDueOnceAsync(CancellationToken.None));

        var received = Assert.Single(smtp.For(to));
        var subjectLine = received.Raw.Split('\n').Single(l => l.StartsWith("Subject:", StringComparison.Ordinal));
        Assert.Contains("=?utf-8?", subjectLine, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("é", subjectLine);
        Assert.Equal(Subject, received.Message.Subject);
        Assert.Equal(to, received.Message.To.Mailboxes.Single().Address);
        Assert.Equal("Communauté de Communes Sud Avesnois", received.Message.From.Mailboxes.Single().Name);
        Assert.Contains("votre demande n° 42 est enregistrée à Fourmies.", received.Message.TextBody);
        Assert.Contains("<p>Bonjour Élodie,</p>", received.Message.HtmlBody);
        Assert.Equal("auto-generated", received.Message.Headers["Auto-Submitted"]);
        var attachment = (MimeKit.MimePart)Assert.Single(received.Message.Attachments);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        Assert.Equal(pdf, content.ToArray());
        var mail = await host.MailAsync(id);
        Assert.Equal(mail.MessageId, received.Message.MessageId);
        Assert.Equal((MailStatus.Sent, 1, host.Now), (mail.Status, mail.Attempts, mail.SentAt!.Value));
        Assert.Contains("Ok", mail.ServerReply);
        Assert.Null(mail.LastError);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task While_the_server_is_down_the_mail_waits_and_goes_out_once_when_it_is_back(
        DatabaseProvider provider
    )
    {
        await using var smtp = await SmtpTestServer.StartOwnAsync();
        using var host = MailTestHost.Sending(provider, smtp);
        var to = UniqueRecipient("panne");
        var id = await host.Mailer.EnqueueAsync(new(to, Subject, "Texte", "procedures.demande-recue"));

        await smtp.StopAsync();
        Assert.Equal(1, await host.Sender.SendDueOnceAsync(CancellationToken.None));

        var waiting = await host.MailAsync(id);
        Assert.Equal((MailStatus.Queued, 1), (waiting.Status, waiting.Attempts));
        Assert.Contains($"{smtp.Host}:{smtp.Port} unreachable", waiting.LastError);
        Assert.Equal(host.Now.AddSeconds(5), waiting.NextAttemptAt);
        Assert.Null(waiting.LockedBy);

        await smtp.StartAsync();
        Assert.Equal(0, await host.Sender.SendDueOnceAsync(CancellationToken.None));
        Assert.Empty(smtp.For(to));

        host.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(1, await host.Sender.SendDueOnceAsync(CancellationToken.None));
        host.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await host.Sender.SendDueOnceAsync(CancellationToken.None));

        Assert.Equal(Subject, Assert.Single(smtp.For(to)).Message.Subject);
        var sent = await host.MailAsync(id);
        Assert.Equal((MailStatus.Sent, 2), (sent.Status, sent.Attempts));
        Assert.Null(sent.LastError);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task After_its_last_attempt_a_mail_is_marked_failed_and_kept(DatabaseProvider provider)
    {
        await using var smtp = await SmtpTestServer.StartOwnAsync();
        await smtp.StopAsync();
        using var host = MailTestHost.Sending(provider, smtp, ("Mail:MaxAttempts", "3"));
        var id = await host.Mailer.EnqueueAsync(new(UniqueRecipient("jamais"), Subject, "Texte", "essai"));

        var attempts = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            attempts.Add(await host.Sender.SendDueOnceAsync(CancellationToken.None));
            host.Clock.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal([1, 1, 1, 0, 0], attempts);
        var mail = await host.MailAsync(id);
        Assert.Equal((MailStatus.Failed, 3), (mail.Status, mail.Attempts));
        Assert.NotNull(mail.LastError);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Two_senders_draining_one_queue_deliver_each_mail_once(DatabaseProvider provider)
    {
        var smtp = SmtpTestServer.Shared();
        using var host = MailTestHost.Sending(provider, smtp);
        var recipients = Enumerable.Range(1, 30).Select(i => UniqueRecipient($"lot{i}")).ToList();
        foreach (var to in recipients)
        {
            await host.Mailer.EnqueueAsync(new(to, Subject, "Texte", "essai"));
        }
        var nodeA = host.Sender;
        var nodeB = host.AnotherSender();

        var handled = 0;
        for (var round = 0; round < 10; round++)
        {
            var counts = await Task.WhenAll(
                Task.Run(() => nodeA.SendDueOnceAsync(CancellationToken.None)),
                Task.Run(() => nodeB.SendDueOnceAsync(CancellationToken.None))
            );
            handled += counts.Sum();
            if (counts.Sum() == 0)
            {
                break;
            }
        }

        Assert.Equal(30, handled);
        Assert.All(recipients, to => Assert.Single(smtp.For(to)));
        Assert.All(await host.MailsAsync(), m => Assert.Equal((MailStatus.Sent, 1), (m.Status, m.Attempts)));
    }
}
