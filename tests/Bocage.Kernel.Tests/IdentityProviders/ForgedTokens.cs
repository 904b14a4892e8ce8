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
        return new JsonWebTokenHandler().CreateToken(
            JsonSerializer.Serialize(payload),
            new SigningCredentials(key, SecurityAlgorithms.RsaSha256)
        );
    }

    public static Dictionary<string, object> Payload(string jwt) =>
        JsonSerializer.Deserialize<Dictionary<string, object>>(Base64UrlEncoder.Decode(jwt.Split('.')[1]))!;
}
