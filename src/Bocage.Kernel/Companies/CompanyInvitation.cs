using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Bocage.Kernel.Companies;

/// <summary>
/// An owner's invitation sent to an e-mail address: a single-use link valid seven days. Only the
/// token's hash is stored, so that reading the database does not let anyone join a company.
/// </summary>
public sealed class CompanyInvitation
{
    public static readonly TimeSpan Validity = TimeSpan.FromDays(7);

    private CompanyInvitation(Guid companyId, string email, string tokenHash, DateTime expiresAt)
    {
        CompanyId = companyId;
        Email = email;
        TokenHash = tokenHash;
        ExpiresAt = expiresAt;
    }

    private CompanyInvitation() { }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid CompanyId { get; private set; }

    public string Email { get; private set; } = "";

    public string TokenHash { get; private set; } = "";

    public DateTime ExpiresAt { get; private set; }

    public DateTime? AcceptedAt { get; private set; }

    public bool IsPending(DateTime nowUtc) => AcceptedAt is null && nowUtc < ExpiresAt;

    /// <summary>A new invitation and the token to put in the link (the only time it is known).</summary>
    internal static (CompanyInvitation Invitation, string Token) Issue(Guid companyId, string email, DateTime nowUtc)
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        // Lower case, so that the address is found again whatever the case it is typed in later.
        return (
            new CompanyInvitation(companyId, email.Trim().ToLowerInvariant(), HashOf(token), nowUtc + Validity),
            token
        );
    }

    public static string HashOf(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    internal CompanyError Check(string accountEmail, DateTime nowUtc)
    {
        if (AcceptedAt is not null)
        {
            return CompanyError.InvitationUsed;
        }
        if (nowUtc >= ExpiresAt)
        {
            return CompanyError.InvitationExpired;
        }
        // The link proves the invited address was read; someone it was forwarded to must be invited themself.
        return string.Equals(Email, accountEmail.Trim(), StringComparison.OrdinalIgnoreCase)
            ? CompanyError.None
            : CompanyError.InvitationForAnotherAddress;
    }

    internal void MarkAccepted(DateTime nowUtc) => AcceptedAt = nowUtc;
}

/// <summary>An invitation just issued, with the token for the e-mail's link.</summary>
public sealed record IssuedInvitation(CompanyInvitation Invitation, string Token);
