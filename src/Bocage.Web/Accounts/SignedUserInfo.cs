using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Bocage.Web.Accounts;

/// <summary>
/// Reads the person's names and e-mail from the provider's UserInfo endpoint. FranceConnect v2 answers
/// with a signed JWT, which ASP.NET's handler only decodes: here its signature (the provider's published
/// keys, ES256 or RS256), issuer, audience and lifetime are checked, and its subject must be the ID
/// token's (OpenID Connect Core 5.3.2). A plain JSON answer, which the standard allows over the
/// authenticated back channel, is read as it is.
/// </summary>
public static class SignedUserInfo
{
    /// <summary>What FranceConnect v2 signs with; anything else (none, HS256 with our secret) is refused.</summary>
    public static readonly string[] Algorithms = [SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.RsaSha256];

    /// <summary>
    /// Adds the UserInfo claims to the signed-in person once the ID token and its nonce are checked;
    /// returns why the answer is refused, or null.
    /// </summary>
    public static async Task<string?> AddClaimsAsync(TicketReceivedContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity)
        {
            return "no principal";
        }
        var aborted = context.HttpContext.RequestAborted;
        var options = (OpenIdConnectOptions)context.Options;
        var configuration = await options.ConfigurationManager!.GetConfigurationAsync(aborted);
        using var request = new HttpRequestMessage(HttpMethod.Get, configuration.UserInfoEndpoint);
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            context.Properties?.GetTokenValue("access_token")
        );
        using var response = await options.Backchannel.SendAsync(request, aborted);
        if (!response.IsSuccessStatusCode)
        {
            return $"UserInfo answered {(int)response.StatusCode}";
        }
        var body = await response.Content.ReadAsStringAsync(aborted);
        var (user, failure) = response.Content.Headers.ContentType?.MediaType switch
        {
            "application/jwt" => await VerifyAsync(body, configuration.Issuer, configuration.SigningKeys, options),
            "application/json" => (JsonDocument.Parse(body), null),
            var other => (null, $"UserInfo answered {other}"),
        };
        using (user)
        {
            if (user is null)
            {
                return failure;
            }
            var subject = user.RootElement.TryGetProperty("sub", out var sub) ? sub.GetString() : null;
            if (subject is null || subject != context.Principal.FindFirstValue("sub"))
            {
                return "UserInfo subject differs from the ID token's";
            }
            foreach (var action in options.ClaimActions)
            {
                action.Run(user.RootElement, identity, options.ClaimsIssuer ?? context.Scheme.Name);
            }
            return null;
        }
    }

    private static async Task<(JsonDocument?, string?)> VerifyAsync(
        string jwt,
        string issuer,
        IEnumerable<SecurityKey> keys,
        OpenIdConnectOptions options
    )
    {
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(
            jwt,
            new TokenValidationParameters
            {
                ValidIssuer = issuer,
                ValidAudience = options.ClientId,
                IssuerSigningKeys = keys,
                ValidAlgorithms = Algorithms,
                RequireSignedTokens = true,
                // FranceConnect's UserInfo JWT carries no expiry of its own; when it does, it is checked.
                RequireExpirationTime = false,
                ValidateLifetime = true,
            }
        );
        return result.IsValid
            ? (JsonDocument.Parse(Base64UrlEncoder.Decode(((JsonWebToken)result.SecurityToken).EncodedPayload)), null)
            : (null, $"UserInfo JWT refused: {result.Exception?.Message}");
    }
}
