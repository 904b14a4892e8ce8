namespace Bocage.Kernel.Mail;

/// <summary>
/// What an engine asks the kernel to send. <paramref name="Category"/> names the template or kind of
/// mail (e.g. <c>procedures.demande-recue</c>); an <see cref="IdempotencyKey"/> makes a repeated
/// enqueue of the same logical mail (a retried handler, a double click) store it once.
/// </summary>
public sealed record MailRequest(string To, string Subject, string TextBody, string Category)
{
    public string? HtmlBody { get; init; }

    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];

    public string? IdempotencyKey { get; init; }
}

public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);

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

/// <summary>A mail refused at enqueue: nothing was stored.</summary>
public sealed class InvalidMailException(string message) : ArgumentException(message);
