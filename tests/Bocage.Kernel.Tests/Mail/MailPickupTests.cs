using Bocage.Kernel.Mail;
using MimeKit;

namespace Bocage.Kernel.Tests.Mail;

public sealed class MailPickupTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Without_an_SMTP_server_mails_are_written_as_eml_files_a_developer_can_open(
        DatabaseProvider provider
    )
    {
        var folder = Path.Combine(Path.GetTempPath(), $"bocage-mail-{Guid.NewGuid():N}");
        try
        {
            using var host = new MailTestHost(provider, ("Mail:PickupDirectory", folder));
            var id = await host.Mailer.EnqueueAsync(
                new(
                    "usager@example.org",
                    "Votre demande a bien été reçue",
                    "Bonjour Élodie,",
                    "procedures.demande-recue"
                )
                {
                    Attachments = [new("récépissé.pdf", "application/pdf", [1, 2, 3])],
                }
            );

            Assert.Equal(1, await host.Sender.SendDueOnceAsync(CancellationToken.None));

            var file = Assert.Single(Directory.GetFiles(folder));
            Assert.EndsWith(".eml", file);
            var message = await MimeMessage.LoadAsync(file);
            Assert.Equal("Votre demande a bien été reçue", message.Subject);
            Assert.Equal("Communauté de Communes Sud Avesnois", message.From.Mailboxes.Single().Name);
            Assert.Equal("usager@example.org", message.To.Mailboxes.Single().Address);
            Assert.Equal("Bonjour Élodie,", message.TextBody?.Trim());
            Assert.Equal("récépissé.pdf", Assert.Single(message.Attachments).ContentDisposition?.FileName);
            var mail = await host.MailAsync(id);
            Assert.Equal(MailStatus.Sent, mail.Status);
            Assert.Equal($"pickup {file}", mail.ServerReply);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
