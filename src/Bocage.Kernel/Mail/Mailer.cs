using Bocage.Kernel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;

namespace Bocage.Kernel.Mail;

/// <summary>Stores mails in the kernel's <c>mail_messages</c> table; <see cref="MailSender"/> sends them.</summary>
internal sealed class Mailer(IServiceScopeFactory scopes, TimeProvider clock, IOptions<MailOptions> options) : IMailer
{
    public async Task<long> EnqueueAsync(MailRequest request, CancellationToken cancellationToken = default)
    {
        var to = MailValidation.Check(request, options.Value);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KernelDb>();
        if (request.IdempotencyKey is { } key && await FindAsync(db, key, cancellationToken) is { } existing)
        {
            return existing;
        }
        var domain = MailboxAddress.Parse(options.Value.From).Domain;
        var mail = OutgoingMail.Queue(request, to, MimeUtils.GenerateMessageId(domain), clock.GetUtcNow().UtcDateTime);
        db.MailMessages.Add(mail);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (request.IdempotencyKey is not null)
        {
            // Another request stored the same key between our look-up and our insert: the unique
            // index refused ours, and theirs is the one mail.
            db.ChangeTracker.Clear();
            var winner = await FindAsync(db, request.IdempotencyKey, cancellationToken);
            if (winner is null)
            {
                throw;
            }
            return winner.Value;
        }
        return mail.Id;
    }

    private static async Task<long?> FindAsync(KernelDb db, string key, CancellationToken cancellationToken) =>
        await db
            .MailMessages.Where(m => m.IdempotencyKey == key)
            .Select(m => (long?)m.Id)
            .SingleOrDefaultAsync(cancellationToken);
}
