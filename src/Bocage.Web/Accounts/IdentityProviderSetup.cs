using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Bocage.Web.Accounts;

/// <summary>
/// Signing in through an OpenID Connect identity provider set up like FranceConnect: authorization
/// code flow with a client secret, state and nonce checked, the ID token's signature (ES256 or RS256),
/// issuer and audience checked against the provider's discovery document, the eIDAS level asked for
/// and checked, names and e-mail read from the UserInfo endpoint and its signed JWT verified
/// (<see cref="SignedUserInfo"/>), only the parameters FranceConnect v2 accepts sent to it
/// (<see cref="FranceConnectParameters"/>). Registered only when configured.
/// </summary>
public static class IdentityProviderSetup
{
    public const string FranceConnect = "franceconnect";
    public const string Section = "IdentityProviders:FranceConnect";

    /// <summary>Where the provider sends the person back, and back after signing out.</summary>
    public const string CallbackPath = "/connexion/franceconnect/retour";
    public const string SignedOutCallbackPath = "/deconnexion/franceconnect/retour";

    /// <summary>
    /// The ID token of the session, handed from the sign-out page to the provider's sign-out request.
    /// </summary>
    public const string IdTokenHintParameter = "bocage:id_token_hint";

    /// <summary>Set on a failed callback, so that the error page says what failed.</summary>
    public const string FailureItem = "bocage:external-failure";

    /// <summary>Levels of guarantee that satisfy the one asked for (eidas1 is FranceConnect's basic level).</summary>
    public const string RequestedAcr = "eidas1";
    private static readonly HashSet<string> AcceptedAcr = ["eidas1", "eidas2", "eidas3"];

    public static readonly string[] Scopes = ["openid", "given_name", "family_name", "birthdate", "email"];

    public static void AddIdentityProviders(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var authority = section["Authority"];
        if (string.IsNullOrWhiteSpace(authority))
        {
            return;
        }
        var requireHttps = section.GetValue("RequireHttpsMetadata", true);
        if (!requireHttps && !IsLoopback(authority))
        {
            // Plain HTTP would let anyone on the path swap the provider's keys: only a provider on this machine (tests)
            // may use it.
            throw new InvalidOperationException(
                $"{Section}:RequireHttpsMetadata=false is only allowed for a provider on the loopback address."
            );
        }
        var clientId = Required(section, "ClientId");
        var clientSecret = Required(section, "ClientSecret");
        services
            .AddAuthentication()
            .AddOpenIdConnect(FranceConnect, section["DisplayName"] ?? "FranceConnect", o =>
            {
                o.Authority = authority;
                o.RequireHttpsMetadata = requireHttps;
                o.ClientId = clientId;
                o.ClientSecret = clientSecret;
                o.ResponseType = OpenIdConnectResponseType.Code;
                // FranceConnect answers with the code in the query string; it also lets the state cookies stay
                // SameSite=Lax.
                o.ResponseMode = OpenIdConnectResponseMode.Query;
                // FranceConnect v2 refuses code_challenge (400) and x-client-* telemetry, and has no pushed
                // authorization endpoint; the code stays bound to us by the client secret, state and nonce.
                o.UsePkce = false;
                o.DisableTelemetry = true;
                o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Disable;
                o.Scope.Clear();
                foreach (var scope in Scopes)
                {
                    o.Scope.Add(scope);
                }
                // Read by SignedUserInfo, which verifies the JWT the handler would only decode.
                o.GetClaimsFromUserInfoEndpoint = false;
                // The ID token is needed as id_token_hint when signing out; it stays in encrypted cookies, never in a
                // page.
                o.SaveTokens = true;
                o.MapInboundClaims = false;
                o.SignInScheme = IdentityConstants.ExternalScheme;
                o.CallbackPath = CallbackPath;
                o.SignedOutCallbackPath = SignedOutCallbackPath;
                o.SignedOutRedirectUri = "/";
                // The nonce (bound to this browser by a cookie) must come back in the ID token. The state is
                // checked by the handler itself: it is our encrypted properties plus a one-time correlation
                // cookie, so a missing, foreign or replayed state is refused before the code is redeemed.
                o.ProtocolValidator.RequireNonce = true;
                o.TokenValidationParameters.ValidateIssuer = true;
                o.TokenValidationParameters.ValidateAudience = true;
                o.TokenValidationParameters.ValidateLifetime = true;
                o.TokenValidationParameters.RequireSignedTokens = true;
                o.TokenValidationParameters.ValidAlgorithms = SignedUserInfo.Algorithms;
                o.TokenValidationParameters.NameClaimType = "given_name";
                // Data minimisation: the birth date is asked for (the provider's scope set) but never kept.
                o.ClaimActions.DeleteClaim("birthdate");
                foreach (var cookie in new[] { o.CorrelationCookie, o.NonceCookie })
                {
                    cookie.SameSite = SameSiteMode.Lax;
                    // Secure behind HTTPS (forwarded headers), and still usable by the loopback tests over HTTP.
                    cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                }
                o.Events.OnRedirectToIdentityProvider = context =>
                {
                    context.ProtocolMessage.AcrValues = RequestedAcr;
                    FranceConnectParameters.KeepOnly(context.ProtocolMessage, FranceConnectParameters.Authorize);
                    return Task.CompletedTask;
                };
                o.Events.OnTokenValidated = CheckAcr;
                // After the nonce is checked (the handler checks it after OnTokenValidated).
                o.Events.OnTicketReceived = async context =>
                {
                    if (await SignedUserInfo.AddClaimsAsync(context) is { } failure)
                    {
                        Refuse(context, new AuthenticationFailureException(failure));
                    }
                };
                o.Events.OnRedirectToIdentityProviderForSignOut = context =>
                {
                    context.ProtocolMessage.IdTokenHint = context.Properties.GetParameter<string>(IdTokenHintParameter);
                    FranceConnectParameters.KeepOnly(context.ProtocolMessage, FranceConnectParameters.Logout);
                    return Task.CompletedTask;
                };
                // The person chose not to go on at the provider: back to the sign-in page, nothing to apologise for.
                o.Events.OnAccessDenied = context =>
                {
                    context.Response.Redirect("/connexion");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
                o.Events.OnRemoteFailure = context =>
                {
                    Refuse(context, context.Failure);
                    return Task.CompletedTask;
                };
            });
    }

    /// <summary>The configured provider's origin (scheme, host, port), or null when none is configured.</summary>
    public static string? Origin(IConfiguration configuration) =>
        Uri.TryCreate(configuration[$"{Section}:Authority"], UriKind.Absolute, out var authority)
            ? authority.GetLeftPart(UriPartial.Authority)
            : null;

    private static Task CheckAcr(TokenValidatedContext context)
    {
        var acr = context.Principal?.FindFirst("acr")?.Value;
        if (acr is null || !AcceptedAcr.Contains(acr))
        {
            context.Fail($"acr '{acr}' does not meet {RequestedAcr}");
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Any failed callback (forged or replayed token, wrong level, the person cancelled) ends on the
    /// error page with a 401 and nothing signed in, instead of the handler's exception.
    /// </summary>
    private static void Refuse(HandleRequestContext<RemoteAuthenticationOptions> context, Exception? failure)
    {
        context
            .HttpContext.RequestServices.GetRequiredService<ILoggerFactory>()
            .CreateLogger(typeof(IdentityProviderSetup))
            .LogWarning(failure, "Sign-in through {Scheme} refused", context.Scheme.Name);
        context.HttpContext.Items[FailureItem] = context.Scheme.DisplayName ?? context.Scheme.Name;
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.HandleResponse();
    }

    private static string Required(IConfigurationSection section, string key) =>
        section[key] is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{section.Path}:{key} is required when {section.Path}:Authority is set."
            );

    private static bool IsLoopback(string authority) =>
        Uri.TryCreate(authority, UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip)));
}
