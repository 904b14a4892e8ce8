using Bocage.Kernel.Mail;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bocage.Kernel.Tests.Mail;

public sealed class MailDeliveryTests
{
    private static (BocageFactory Factory, Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> App, FakeTimeProvider Clock)
        Start(DatabaseProvider provider, SmtpSink smtp)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var factory = new BocageFactory(provider)
            .With("Database:SeedDemo", "false")
            .With("Mail:Host", "127.0.0.1")
            .With("Mail:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Mail:Security", "None")
            .With("Mail:Timeout", "00:00:05")
            .With("Mail:SenderEnabled", "false");
        var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        return (factory, app, clock);
    }

    private static async Task<MailMessage> OnlyMessageAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<KernelDb>().MailMessages.AsNoTracking().SingleAsync();
    }

    private static async Task EnqueueAsync(IServiceProvider services, string to, string subject, string? key = null)
    {
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<MailOutbox>().EnqueueAsync(to, subject, "Bonjour,\nvotre demande est bien arrivée.", "test", idempotencyKey: key);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_queued_mail_reaches_the_SMTP_server_with_its_French_subject_intact(DatabaseProvider provider)
    {
        using var smtp = new SmtpSink();
        smtp.Start();
        var (factory, app, _) = Start(provider, smtp);
        using (factory)
        using (app)
        {
            await EnqueueAsync(app.Services, "camille@exemple.fr", "Votre demande a bien été reçue");

            Assert.Equal(1, await app.Services.GetRequiredService<MailDispatcher>().SendDueAsync(CancellationToken.None));

            var received = Assert.Single(smtp.Messages());
            Assert.Contains("camille@exemple.fr", received);
            var mime = MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(received)));
            Assert.Equal("Votre demande a bien été reçue", mime.Subject);
            Assert.NotNull((await OnlyMessageAsync(app.Services)).SentAt);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_mail_survives_an_SMTP_outage_and_goes_out_once_when_the_server_is_back(DatabaseProvider provider)
    {
        using var smtp = new SmtpSink();
        smtp.Start();
        var (factory, app, clock) = Start(provider, smtp);
        using (factory)
        using (app)
        {
            var dispatcher = app.Services.GetRequiredService<MailDispatcher>();
            smtp.Stop();
            await EnqueueAsync(app.Services, "dominique@exemple.fr", "Facture disponible");

            Assert.Equal(0, await dispatcher.SendDueAsync(CancellationToken.None));
            var waiting = await OnlyMessageAsync(app.Services);
            Assert.Null(waiting.SentAt);
            Assert.Equal(1, waiting.Attempts);
            Assert.NotNull(waiting.LastError);
            Assert.True(waiting.NextAttemptAt > clock.GetUtcNow().UtcDateTime);

            smtp.Start();
            Assert.Equal(0, await dispatcher.SendDueAsync(CancellationToken.None));
            clock.Advance(TimeSpan.FromSeconds(6));
            Assert.Equal(1, await dispatcher.SendDueAsync(CancellationToken.None));
            Assert.Equal(0, await dispatcher.SendDueAsync(CancellationToken.None));

            Assert.Single(smtp.Messages());
            Assert.NotNull((await OnlyMessageAsync(app.Services)).SentAt);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Two_senders_draining_together_send_each_mail_once(DatabaseProvider provider)
    {
        using var smtp = new SmtpSink();
        smtp.Start();
        var (factory, app, _) = Start(provider, smtp);
        using (factory)
        using (app)
        {
            for (var i = 0; i < 12; i++)
            {
                await EnqueueAsync(app.Services, $"personne{i}@exemple.fr", $"Message {i}");
            }
            var first = app.Services.GetRequiredService<MailDispatcher>();
            var second = ActivatorUtilities.CreateInstance<MailDispatcher>(app.Services);

            var sent = await Task.WhenAll(first.SendDueAsync(CancellationToken.None), second.SendDueAsync(CancellationToken.None));

            Assert.Equal(12, sent.Sum());
            Assert.Equal(12, smtp.Messages().Count);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_same_idempotency_key_queues_one_mail_and_a_bad_address_none(DatabaseProvider provider)
    {
        using var smtp = new SmtpSink();
        var (factory, app, _) = Start(provider, smtp);
        using (factory)
        using (app)
        {
            await EnqueueAsync(app.Services, "alix@exemple.fr", "Rappel", key: "rappel-42");
            await EnqueueAsync(app.Services, "alix@exemple.fr", "Rappel", key: "rappel-42");
            await Assert.ThrowsAsync<ArgumentException>(() => EnqueueAsync(app.Services, "pas une adresse", "Rappel"));

            Assert.Equal("Rappel", (await OnlyMessageAsync(app.Services)).Subject);
        }
    }
}
