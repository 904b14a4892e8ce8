namespace Bocage.Kernel.Mandates;

/// <summary>
/// A person allows a digital mediator to act for them, for chosen kinds of procedures and a limited
/// time (roadmap R25, as Aidants Connect does). Every act under it is audited with both names.
/// </summary>
public sealed class Mandate
{
    public static readonly TimeSpan Shortest = TimeSpan.FromDays(1);
    public static readonly TimeSpan Longest = TimeSpan.FromDays(365);

    public Guid Id { get; private set; } = Guid.NewGuid();

    /// <summary>The person who gives the mandate.</summary>
    public string PersonId { get; private set; } = "";

    public string MediatorId { get; private set; } = "";

    /// <summary>Scopes separated by ',', from <see cref="MandateScopes"/>.</summary>
    public string Scopes { get; private set; } = "";

    public DateTime GrantedAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    private Mandate() { }

    public static MandateResult Grant(
        string personId,
        string mediatorId,
        IReadOnlyCollection<string> scopes,
        TimeSpan duration,
        DateTime nowUtc
    )
    {
        if (personId == mediatorId)
        {
            return MandateResult.Fail(MandateError.SelfMandate);
        }
        if (scopes.Count == 0 || scopes.Any(s => !MandateScopes.All.Contains(s)))
        {
            return MandateResult.Fail(MandateError.NoScope);
        }
        if (duration < Shortest || duration > Longest)
        {
            return MandateResult.Fail(MandateError.Duration);
        }
        return MandateResult.Ok(
            new Mandate
            {
                PersonId = personId,
                MediatorId = mediatorId,
                Scopes = string.Join(',', scopes.Distinct().Order()),
                GrantedAt = nowUtc,
                ExpiresAt = nowUtc + duration,
            }
        );
    }

    public IReadOnlyList<string> ScopeList => Scopes.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public bool IsActive(DateTime nowUtc) => RevokedAt is null && nowUtc < ExpiresAt;

    /// <summary>May the mediator act for the person in this scope, now?</summary>
    public bool Allows(string mediatorId, string scope, DateTime nowUtc) =>
        IsActive(nowUtc) && MediatorId == mediatorId && ScopeList.Contains(scope);

    /// <summary>The person can end it at any time; ending it twice changes nothing.</summary>
    public void Revoke(DateTime nowUtc) => RevokedAt ??= nowUtc;
}
