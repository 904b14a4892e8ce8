namespace Bocage.Kernel.Accounts;

/// <summary>
/// One signed-in browser. Kept server-side so that a person can see where they are signed in and end
/// any session, and so that deleting or locking an account ends every session at once.
/// </summary>
public sealed class AccountSession
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public string AccountId { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime LastSeenAt { get; private set; }

    /// <summary>The browser's own description (user agent), cut to 200 characters.</summary>
    public string Device { get; private set; } = "";

    public DateTime? EndedAt { get; private set; }

    public AccountSession(string accountId, string? device, DateTime nowUtc)
    {
        AccountId = accountId;
        Device = (device ?? "").Length > 200 ? device![..200] : device ?? "";
        CreatedAt = nowUtc;
        LastSeenAt = nowUtc;
    }

    private AccountSession() { }

    public bool IsActive => EndedAt is null;

    public void Touch(DateTime nowUtc) => LastSeenAt = nowUtc;

    public void End(DateTime nowUtc) => EndedAt ??= nowUtc;
}
