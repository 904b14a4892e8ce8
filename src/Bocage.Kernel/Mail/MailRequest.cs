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
