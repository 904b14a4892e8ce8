using System.Security.Claims;

namespace Bocage.Kernel.Accounts;

/// <summary>What the session cookie says of the person, read without a database round trip.</summary>
public static class StaffClaims
{
    public const string Kind = "bocage:kind";
    public const string SecondFactor = "bocage:2fa";

    /// <summary>Agents, elected officials, partners and administrators must use a second factor.</summary>
    public static bool IsStaff(AccountKind kind) =>
        kind is AccountKind.Agent or AccountKind.Elected or AccountKind.Partner or AccountKind.Administrator;

    public static bool IsStaff(this ClaimsPrincipal user) =>
        Enum.TryParse<AccountKind>(user.FindFirstValue(Kind), out var kind) && IsStaff(kind);

    public static bool HasSecondFactor(this ClaimsPrincipal user) => user.FindFirstValue(SecondFactor) == "true";
}
