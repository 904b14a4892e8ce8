using MimeKit;

namespace Bocage.Kernel.Mail;

/// <summary>Where mails go: an SMTP server, or .eml files in a folder when none is configured.</summary>
internal interface IMailTransport : IAsyncDisposable
{
    /// <summary>Returns the server's reply, or where the mail was written.</summary>
    Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
