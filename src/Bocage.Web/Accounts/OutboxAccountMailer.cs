using Bocage.Kernel.Mail;

namespace Bocage.Web.Accounts;

/// <summary>Account mails go through the kernel's mail outbox, like every other mail.</summary>
internal sealed class OutboxAccountMailer(MailOutbox outbox) : IAccountMailer
{
    public Task SendAsync(string to, string subject, string body, string category, CancellationToken cancellationToken = default) =>
        outbox.EnqueueAsync(to, subject, body, category, cancellationToken: cancellationToken);
}
