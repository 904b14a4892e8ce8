namespace Bocage.Kernel.Mail;

/// <summary>Sends e-mail through the kernel's outbox: the mail is stored at once and sent in the background.</summary>
public interface IMailer
{
    /// <summary>
    /// Validates and stores the mail, committed before returning (in a context of its own, so a
    /// caller's pending changes are not saved with it); returns its id, or the id of the mail already
    /// stored under the same idempotency key. Throws <see cref="InvalidMailException"/> for a mail
    /// that could never be sent, such as an invalid recipient.
    /// </summary>
    Task<long> EnqueueAsync(MailRequest request, CancellationToken cancellationToken = default);
}
