using MimeKit;

namespace Bocage.Kernel.Mail;

/// <summary>Refuses at enqueue what could never be sent, so that no doomed mail waits in the queue.</summary>
internal static class MailValidation
{
    /// <summary>Returns the normalised recipient, or throws <see cref="InvalidMailException"/>.</summary>
    public static string Check(MailRequest request, MailOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!MailAddresses.TryNormalize(request.To, out var to))
        {
            throw new InvalidMailException(
                $"The recipient '{request.To}' is not a valid e-mail address: the mail was not queued."
            );
        }
        Require(
            !string.IsNullOrWhiteSpace(request.Subject) && request.Subject.Length <= 400,
            "A mail needs a subject of at most 400 characters."
        );
        Require(!request.Subject.Any(char.IsControl), "A subject holds no line break or control character.");
        Require(request.TextBody is not null, "A mail needs a plain-text body, read by every mail program.");
        Require(
            !string.IsNullOrWhiteSpace(request.Category) && request.Category.Length <= 100,
            "A mail needs a category of at most 100 characters."
        );
        Require(
            request.IdempotencyKey is null || (request.IdempotencyKey.Length is > 0 and <= 200),
            "An idempotency key has 1 to 200 characters."
        );
        foreach (var attachment in request.Attachments)
        {
            Require(
                !string.IsNullOrWhiteSpace(attachment.FileName) && attachment.FileName.Length <= 255,
                "An attachment needs a file name of at most 255 characters."
            );
            Require(
                ContentType.TryParse(attachment.ContentType, out _),
                $"'{attachment.ContentType}' is not a content type."
            );
        }
        var size = request.Attachments.Sum(a => (long)a.Content.Length);
        Require(
            size <= options.MaxAttachmentBytes,
            $"Attachments total {size} bytes, more than the {options.MaxAttachmentBytes} allowed."
        );
        return to;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidMailException(message);
        }
    }
}
