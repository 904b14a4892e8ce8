using Bocage.Kernel.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Kernel.Mail;

/// <summary>
/// The one way to send a mail written from resources: in the recipient's language, which is their account's
/// preference when they have one, else the language they were browsing in when the mail was asked for
/// (kept with the record when the mail leaves later, from an event handler).
/// </summary>
public sealed class LocalizedMailer(IMailer mailer, AccountsDb accounts)
{
    /// <summary>
    /// The account's preferred language, else <paramref name="fallback"/> (no account, or an erased one).
    /// </summary>
    public async Task<string> LanguageOfAccountAsync(
        string? accountId,
        string fallback,
        CancellationToken cancellationToken = default
    )
    {
        if (string.IsNullOrEmpty(accountId))
        {
            return MailCulture.Supported(fallback);
        }
        var preferred = await accounts
            .Users.AsNoTracking()
            .Where(a => a.Id == accountId)
            .Select(a => a.PreferredLanguage)
            .SingleOrDefaultAsync(cancellationToken);
        return MailCulture.Supported(preferred ?? fallback);
    }

    /// <summary>
    /// The preferred language of the account holding <paramref name="email"/>, else <paramref name="fallback"/>:
    /// for a mail to an address typed by someone else (an invitation), which may or may not be a member's.
    /// </summary>
    public async Task<string> LanguageOfAddressAsync(
        string email,
        string fallback,
        CancellationToken cancellationToken = default
    )
    {
        // Identity's default normaliser, so that the look-up uses its index on normalised addresses.
        var normalized = email.Trim().Normalize().ToUpperInvariant();
        var preferred = await accounts
            .Users.AsNoTracking()
            .Where(a => a.NormalizedEmail == normalized)
            .Select(a => a.PreferredLanguage)
            .FirstOrDefaultAsync(cancellationToken);
        return MailCulture.Supported(preferred ?? fallback);
    }

    /// <summary>
    /// Builds the mail under <paramref name="language"/> (see <see cref="MailCulture.Render{T}"/>; attachments
    /// such as PDFs are best rendered before, in their own language) and stores it in the outbox.
    /// </summary>
    public Task<long> EnqueueAsync(
        string language,
        Func<MailRequest> compose,
        CancellationToken cancellationToken = default
    ) => mailer.EnqueueAsync(MailCulture.Render(language, compose), cancellationToken);

    /// <summary>To an account, in its preferred language (<paramref name="fallback"/> when it has gone).</summary>
    public async Task<long> EnqueueToAccountAsync(
        string accountId,
        string fallback,
        Func<MailRequest> compose,
        CancellationToken cancellationToken = default
    ) =>
        await EnqueueAsync(
            await LanguageOfAccountAsync(accountId, fallback, cancellationToken),
            compose,
            cancellationToken
        );
}
