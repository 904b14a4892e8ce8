using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Bocage.Kernel.Tests.IdentityProviders;

/// <summary>What the provider sends when <see cref="Misbehaviour"/> asks it to misbehave.</summary>
public sealed partial class TestIdentityProvider
{
    /// <summary>The UserInfo JWT FranceConnect v2 sends, or the forgery <see cref="Misbehaviour"/> asks for.</summary>
    private string UserInfoJwt(Dictionary<string, object> user)
    {
        user["iss"] = Address.ToString();
        user["aud"] = ClientId;
        user["iat"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        SecurityKey key = Misbehaviour == Misbehaviour.IdTokenSignedEs256 ? _ellipticKey : _signingKey;
        switch (Misbehaviour)
        {
            case Misbehaviour.UserInfoForeignSignature:
                key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = _signingKey.KeyId };
                break;
            case Misbehaviour.UserInfoWrongIssuer:
                user["iss"] = "https://fournisseur.exemple.fr/";
                break;
            case Misbehaviour.UserInfoWrongAudience:
                user["aud"] = "another-client";
                break;
            case Misbehaviour.UserInfoOtherSubject:
                user["sub"] = "someone-else";
                break;
            case Misbehaviour.UserInfoUnsigned:
                return ForgedTokens.Unsigned(user);
        }
        return ForgedTokens.Sign(user, key);
    }

    private string Tamper(string idToken) =>
        Misbehaviour switch
        {
            Misbehaviour.ResignUnchanged => ForgedTokens.Resign(idToken, _signingKey, _ => { }),
            Misbehaviour.ForeignSignature => ForgedTokens.Resign(
                idToken,
                new RsaSecurityKey(RSA.Create(2048)) { KeyId = _signingKey.KeyId },
                _ => { }
            ),
            Misbehaviour.WrongAudience => ForgedTokens.Resign(idToken, _signingKey, claims =>
                claims["aud"] = "another-client"
            ),
            Misbehaviour.IdTokenSignedEs256 => ForgedTokens.Resign(idToken, _ellipticKey, _ => { }),
            Misbehaviour.ReplayEarlierIdToken => IdTokensSent.FirstOrDefault() ?? idToken,
            _ => idToken,
        };
}
