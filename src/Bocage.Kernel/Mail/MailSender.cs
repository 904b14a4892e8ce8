using Bocage.Kernel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bocage.Kernel.Mail;

/// <summary>
/// Sends the mails that are due, a batch at a time. A mail is claimed before it is sent, so that two
/// senders (two nodes) never send the same row; a failure leaves it queued with its error and a later
/// next attempt, so that nothing is lost while the SMTP server is down.
/// </summary>
public sealed class MailSender(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<MailOptions> options,
    ILogger<MailSender> logger
)
{
    /// <summary>Names this sender in <c>locked_by</c>, so that an administrator sees which node holds a mail.</summary>
    public string Name { get; } =
        $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Sends what is due once; returns how many mails this sender claimed (sent or failed).</summary>
    public async Task<int> SendDueOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KernelDb>();
        var claims = new MailClaims(db, clock, settings, Name);
        var due = await claims.DueAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }
        await using var transport = OpenTransport(settings);
        var handled = 0;
        foreach (var id in due)
        {
            if (!await claims.TryClaimAsync(id, cancellationToken))
            {
                continue;
            }
            handled++;
            if (!await SendOneAsync(db, claims, transport, id, settings, cancellationToken))
            {
                break;
            }
        }
        return handled;
    }

    /// <summary>Returns false when the server is unreachable: the rest of the batch stays due for later.</summary>
    private async Task<bool> SendOneAsync(
        KernelDb db,
        MailClaims claims,
        IMailTransport transport,
        long id,
        MailOptions settings,
        CancellationToken cancellationToken
    )
    {
        var mail = await db
            .MailMessages.AsNoTracking()
            .Include(m => m.Attachments)
            .SingleAsync(m => m.Id == id, cancellationToken);
        string reply;
        try
        {
            reply = await transport.SendAsync(MimeComposer.Compose(mail, settings), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await claims.ReleaseAsync(id);
            throw;
        }
        catch (Exception ex)
        {
            logger.LogWarning(
                ex,
                "Mail {Id} ({Category}) not sent, attempt {Attempt}",
                id,
                mail.Category,
                mail.Attempts + 1
            );
            await claims.MarkFailedAsync(mail, $"{ex.GetType().Name}: {ex.Message}", CancellationToken.None);
            return ex is not MailServerUnreachableException;
        }
        // Outside the try: once the server has accepted the mail, a database error here must not
        // record it as failed, which would send it again.
        if (!await claims.MarkSentAsync(id, reply, CancellationToken.None))
        {
            logger.LogWarning("Mail {Id} was sent after its claim expired; another sender may send it again", id);
        }
        return true;
    }

    private IMailTransport OpenTransport(MailOptions settings) =>
        settings.UsesSmtp ? new SmtpTransport(settings) : new PickupDirectoryTransport(settings.PickupDirectory, clock);
}
