using Bocage.Kernel.Mail;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Mail;

public sealed class MailClaimTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_claimed_mail_is_left_alone_by_another_sender_until_the_claim_expires(DatabaseProvider provider)
    {
        using var host = new MailTestHost(provider);
        var id = await host.Mailer.EnqueueAsync(new("usager@example.org", "Objet", "Texte", "essai"));
        var options = new MailOptions();
        using var scopeA = host.Services.CreateScope();
        using var scopeB = host.Services.CreateScope();
        var nodeA = new MailClaims(
            scopeA.ServiceProvider.GetRequiredService<KernelDb>(),
            host.Clock,
            options,
            "node-a"
        );
        var nodeB = new MailClaims(
            scopeB.ServiceProvider.GetRequiredService<KernelDb>(),
            host.Clock,
            options,
            "node-b"
        );

        Assert.True(await nodeA.TryClaimAsync(id, CancellationToken.None));
        Assert.False(await nodeB.TryClaimAsync(id, CancellationToken.None));
        Assert.Empty(await nodeB.DueAsync(CancellationToken.None));
        Assert.Equal("node-a", (await host.MailAsync(id)).LockedBy);

        // Node A hangs past its claim: node B may take the mail over, and A can no longer mark it.
        host.Clock.Advance(options.LockDuration + TimeSpan.FromSeconds(1));
        Assert.True(await nodeB.TryClaimAsync(id, CancellationToken.None));
        Assert.False(await nodeA.MarkSentAsync(id, "250 trop tard", CancellationToken.None));
        Assert.True(await nodeB.MarkSentAsync(id, "250 2.0.0 Ok", CancellationToken.None));

        var mail = await host.MailAsync(id);
        Assert.Equal((MailStatus.Sent, "250 2.0.0 Ok", 1), (mail.Status, mail.ServerReply, mail.Attempts));
        Assert.Null(mail.LockedBy);
        Assert.False(await nodeA.TryClaimAsync(id, CancellationToken.None));
    }
}
