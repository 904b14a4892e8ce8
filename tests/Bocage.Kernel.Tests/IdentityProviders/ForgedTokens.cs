using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Bocage.Kernel.Tests.IdentityProviders;

/// <summary>Rewrites an ID token the way a forger would: same claims (or some changed), another signature.</summary>
internal static class ForgedTokens
{
    public static string Resign(string jwt, SecurityKey key, Action<Dictionary<string, object>> change)
    {
        var payload = Payload(jwt);
        change(payload);
        return Sign(payload, key);
    }

    /// <summary>Signs RS256 with an RSA key, ES256 with an elliptic one, as FranceConnect v2 does.</summary>
    public static string Sign(Dictionary<string, object> payload, SecurityKey key) =>
        new JsonWebTokenHandler().CreateToken(
            JsonSerializer.Serialize(payload),
            new SigningCredentials(
                key,
                key is ECDsaSecurityKey ? SecurityAlgorithms.EcdsaSha256 : SecurityAlgorithms.RsaSha256
            )
        );

    /// <summary>A JWT with alg "none" and no signature.</summary>
    public static string Unsigned(Dictionary<string, object> payload) =>
        new JsonWebTokenHandler().CreateToken(JsonSerializer.Serialize(payload));

    public static Dictionary<string, object> Header(string jwt) =>
        JsonSerializer.Deserialize<Dictionary<string, object>>(Base64UrlEncoder.Decode(jwt.Split('.')[0]))!;

    public static Dictionary<string, object> Payload(string jwt) =>
        JsonSerializer.Deserialize<Dictionary<string, object>>(Base64UrlEncoder.Decode(jwt.Split('.')[1]))!;
}
