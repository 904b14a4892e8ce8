using Bocage.Kernel.Mail;

namespace Bocage.Web.Accounts;

/// <summary>Account mails go through the kernel's mail outbox, like every other mail.</summary>
internal sealed class OutboxAccountMailer(IMailer mailer) : IAccountMailer
{
    public Task SendAsync(
        string to,
        string subject,
        string body,
        string category,
        CancellationToken cancellationToken = default
    ) => mailer.EnqueueAsync(new MailRequest(to, subject, body, category), cancellationToken);
}
