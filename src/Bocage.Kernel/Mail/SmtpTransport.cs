using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Bocage.Kernel.Mail;

/// <summary>One SMTP session for a whole batch, opened at the first mail and reopened if the server drops it.</summary>
internal sealed class SmtpTransport(MailOptions options) : IMailTransport
{
    private readonly SmtpClient _client = new() { Timeout = (int)options.Timeout.TotalMilliseconds };

    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        if (!_client.IsConnected)
        {
            await ConnectAsync(cancellationToken);
        }
        return await _client.SendAsync(message, cancellationToken);
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var security = options.UseStartTls switch
        {
            MailStartTls.None => SecureSocketOptions.None,
            MailStartTls.Required => SecureSocketOptions.StartTls,
            _ => SecureSocketOptions.StartTlsWhenAvailable,
        };
        try
        {
            await _client.ConnectAsync(options.Host!, options.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(options.Username))
            {
                await _client.AuthenticateAsync(options.Username, options.Password ?? "", cancellationToken);
            }
        }
        catch (Exception ex) when (IsSessionFailure(ex))
        {
            throw new MailServerUnreachableException(
                $"SMTP server {options.Host}:{options.Port} unreachable: {ex.Message}",
                ex
            );
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            try
            {
                await _client.DisconnectAsync(true);
            }
            catch (Exception ex) when (IsSessionFailure(ex))
            {
                // The mails of the batch are already accepted; a rude goodbye changes nothing.
            }
        }
        _client.Dispose();
    }

    private static bool IsSessionFailure(Exception ex) =>
        ex
            is SocketException
                or IOException
                or TimeoutException
                or ProtocolException
                or CommandException
                or SslHandshakeException
                or AuthenticationException
                or System.Security.Authentication.AuthenticationException;
}
