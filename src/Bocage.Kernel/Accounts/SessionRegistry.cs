using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Kernel.Accounts;

/// <summary>The server-side list of signed-in browsers, checked on every authenticated request.</summary>
public sealed class SessionRegistry(AccountsDb db, TimeProvider clock)
{
    public const string ClaimType = "bocage:sid";

    // Writing the last-seen time on every request would turn each page view into a write.
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(5);

    public async Task<AccountSession> OpenAsync(
        string accountId,
        string? device,
        CancellationToken cancellationToken = default
    )
    {
        var session = new AccountSession(accountId, device, clock.GetUtcNow().UtcDateTime);
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session;
    }

    /// <summary>True while the principal's session exists and has not been ended.</summary>
    public async Task<bool> IsActiveAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParse(principal.FindFirstValue(ClaimType), out var id))
        {
            return false;
        }
        var accountId = principal.AccountId();
        var session = await db.Sessions.FirstOrDefaultAsync(
            s => s.Id == id && s.AccountId == accountId,
            cancellationToken
        );
        if (session is not { IsActive: true })
        {
            return false;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (now - session.LastSeenAt > TouchInterval)
        {
            session.Touch(now);
            await db.SaveChangesAsync(cancellationToken);
        }
        return true;
    }

    public Task<List<AccountSession>> ActiveAsync(string accountId, CancellationToken cancellationToken = default) =>
        db
            .Sessions.Where(s => s.AccountId == accountId && s.EndedAt == null)
            .OrderByDescending(s => s.LastSeenAt)
            .ToListAsync(cancellationToken);

    /// <summary>Ends one of the person's sessions; false when it is not theirs or already ended.</summary>
    public async Task<bool> EndAsync(string accountId, Guid sessionId, CancellationToken cancellationToken = default)
    {
        var session = await db.Sessions.FirstOrDefaultAsync(
            s => s.Id == sessionId && s.AccountId == accountId && s.EndedAt == null,
            cancellationToken
        );
        if (session is null)
        {
            return false;
        }
        session.End(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task EndAllAsync(string accountId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db
            .Sessions.Where(s => s.AccountId == accountId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), cancellationToken);
    }
}
