using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace Bocage.Kernel.Accounts;

/// <summary>How a session was opened through an identity provider: which one, and the ID token it gave.</summary>
public sealed record ExternalSession(string Provider, string IdToken);

/// <summary>Signs a person in with a server-side session of their own, and out of it.</summary>
public sealed class AccountSignIn(SignInManager<Account> signIn, SessionRegistry sessions)
{
    /// <summary>Names the identity provider a session was opened through, so that signing out also leaves it.</summary>
    public const string ProviderClaim = "bocage:idp";

    private const string IdTokenName = "id_token";

    /// <param name="external">
    /// Set when the person came through an identity provider: its ID token is kept in the encrypted
    /// session cookie's properties (never in a claim or a page) for the provider's sign-out.
    /// </param>
    /// <param name="byPasskey">
    /// Set when the person proved possession of a passkey (WebAuthn with user verification): that
    /// counts as the second factor staff must use, whether or not an authenticator app is enrolled.
    /// </param>
    public async Task SignInAsync(
        Account account,
        bool persistent,
        HttpContext http,
        ExternalSession? external = null,
        bool byPasskey = false
    )
    {
        var session = await sessions.OpenAsync(
            account.Id,
            http.Request.Headers.UserAgent.ToString(),
            http.RequestAborted
        );
        var properties = new AuthenticationProperties { IsPersistent = persistent };
        List<Claim> claims =
        [
            new Claim(SessionRegistry.ClaimType, session.Id.ToString()),
            new Claim(StaffClaims.Kind, account.Kind.ToString()),
            new Claim(StaffClaims.SecondFactor, account.TwoFactorEnabled || byPasskey ? "true" : "false"),
        ];
        if (external is not null)
        {
            claims.Add(new Claim(ProviderClaim, external.Provider));
            properties.StoreTokens([new AuthenticationToken { Name = IdTokenName, Value = external.IdToken }]);
        }
        await signIn.SignInWithClaimsAsync(account, properties, claims);
    }

    /// <summary>
    /// Ends the session; returns the identity provider to sign out of too, when the session was
    /// opened through one.
    /// </summary>
    public async Task<ExternalSession?> SignOutAsync(ClaimsPrincipal principal, HttpContext http)
    {
        ExternalSession? external = null;
        if (principal.FindFirstValue(ProviderClaim) is { } provider)
        {
            var current = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
            if (current.Properties?.GetTokenValue(IdTokenName) is { } idToken)
            {
                external = new ExternalSession(provider, idToken);
            }
        }
        var accountId = principal.AccountId();
        if (accountId is not null && Guid.TryParse(principal.FindFirstValue(SessionRegistry.ClaimType), out var id))
        {
            await sessions.EndAsync(accountId, id, http.RequestAborted);
        }
        await signIn.SignOutAsync();
        return external;
    }
}
