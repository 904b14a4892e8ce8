using System.Net.Sockets;
using System.Text.RegularExpressions;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Bocage.Kernel.Mail;

/// <summary>Where mails go: an SMTP server, or .eml files in a folder when none is configured.</summary>
internal interface IMailTransport : IAsyncDisposable
{
    /// <summary>Returns the server's reply, or where the mail was written.</summary>
    Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>The SMTP server could not be reached or refused the session: every mail of the batch would fail alike.</summary>
internal sealed class MailServerUnreachableException(string message, Exception inner) : Exception(message, inner);

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
            throw new MailServerUnreachableException($"SMTP server {options.Host}:{options.Port} unreachable: {ex.Message}", ex);
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
        ex is SocketException or IOException or TimeoutException or ProtocolException or CommandException
            or SslHandshakeException or AuthenticationException or System.Security.Authentication.AuthenticationException;
}

/// <summary>
/// Development without an SMTP server: one .eml per mail, readable in any mail program, so that a
/// developer sees exactly what a citizen would receive.
/// </summary>
internal sealed partial class PickupDirectoryTransport(string directory, TimeProvider clock) : IMailTransport
{
    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss}-{Unsafe().Replace(message.MessageId ?? "", "_")}.eml";
        var path = Path.Combine(directory, name);
        // Written aside then moved, so that whoever watches the folder never opens half a mail.
        var partial = path + ".part";
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, path, overwrite: true);
        return $"pickup {path}";
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [GeneratedRegex("[^A-Za-z0-9._-]")]
    private static partial Regex Unsafe();
}
