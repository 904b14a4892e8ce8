using MimeKit;

namespace Bocage.Kernel.Mail;

/// <summary>Turns a stored mail into the MIME message that goes on the wire or into the pickup folder.</summary>
internal static class MimeComposer
{
    public static MimeMessage Compose(OutgoingMail mail, MailOptions options)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.From));
        message.To.Add(MailboxAddress.Parse(mail.Recipient));
        message.Subject = mail.Subject;
        message.MessageId = mail.MessageId;
        message.Date = new DateTimeOffset(mail.CreatedAt, TimeSpan.Zero);
        // RFC 3834: holiday autoresponders must not answer a mail that nobody will read.
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("X-Bocage-Category", mail.Category);
        var body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody };
        foreach (var attachment in mail.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }
        message.Body = body.ToMessageBody();
        return message;
    }
}
