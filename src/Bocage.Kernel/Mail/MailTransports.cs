using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Bocage.Kernel.Mail;

/// <summary>Hands one message to the outside world; returns what the server answered.</summary>
public interface IMailTransport
{
    Task<string?> SendAsync(MailMessage message, CancellationToken cancellationToken);
}

internal static class MimeBuilder
{
    public static MimeMessage Build(MailMessage message, MailOptions options)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(options.FromName, options.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.MessageId = $"{message.Id}.{message.CreatedAt.Ticks}@{options.From.Split('@').Last()}";
        mime.Date = new DateTimeOffset(message.CreatedAt, TimeSpan.Zero);
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        mime.Body = body.ToMessageBody();
        return mime;
    }
}

/// <summary>Sends through an SMTP server with MailKit.</summary>
internal sealed class SmtpMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    public async Task<string?> SendAsync(MailMessage message, CancellationToken cancellationToken)
    {
        var o = options.Value;
        using var client = new SmtpClient { Timeout = (int)o.Timeout.TotalMilliseconds };
        var security = o.Security switch
        {
            "None" => SecureSocketOptions.None,
            "StartTls" => SecureSocketOptions.StartTls,
            "SslOnConnect" => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTlsWhenAvailable,
        };
        await client.ConnectAsync(o.Host!, o.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(o.Username))
        {
            await client.AuthenticateAsync(o.Username, o.Password ?? "", cancellationToken);
        }
        var reply = await client.SendAsync(MimeBuilder.Build(message, o), cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
        return reply;
    }
}

/// <summary>
/// Without an SMTP server (development, demo), each mail becomes an .eml file that any mail client
/// opens, so that a developer can follow the links the platform sends.
/// </summary>
internal sealed class PickupDirectoryTransport(IOptions<MailOptions> options, string contentRoot) : IMailTransport
{
    public async Task<string?> SendAsync(MailMessage message, CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(options.Value.PickupDirectory, contentRoot);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{message.CreatedAt:yyyyMMdd-HHmmss}-{message.Id}.eml");
        await MimeBuilder.Build(message, options.Value).WriteToAsync(path, cancellationToken);
        return $"written to {Path.GetFileName(path)}";
    }
}
