using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;

namespace Bocage.Kernel.Tests.Accounts;

/// <summary>
/// A passkey held in the test itself (ES256), so that HTTP tests can answer a real challenge, or
/// answer it with the wrong key, without a browser.
/// </summary>
internal sealed class SoftwareAuthenticator : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public byte[] CredentialId { get; } = RandomNumberGenerator.GetBytes(16);

    public string Id => Base64Url.EncodeToString(CredentialId);

    /// <summary>The public key in COSE form (map of kty, alg, crv, x, y), as WebAuthn carries it.</summary>
    private byte[] Cose()
    {
        var p = _key.ExportParameters(false).Q;
        return [0xA5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21, 0x58, 0x20, .. p.X!, 0x22, 0x58, 0x20, .. p.Y!];
    }

    /// <summary>What the server stores, put there directly by a test.</summary>
    public UserPasskeyInfo Passkey(string name) =>
        new(
            CredentialId,
            Cose(),
            DateTimeOffset.UtcNow,
            0,
            ["internal"],
            isUserVerified: true,
            isBackupEligible: false,
            isBackedUp: false,
            attestationObject: [],
            clientDataJson: []
        )
        {
            Name = name,
        };

    /// <summary>The JSON navigator.credentials.create() would give, with attestation "none".</summary>
    public string Attest(string creationOptionsJson, string origin = "http://localhost")
    {
        using var options = JsonDocument.Parse(creationOptionsJson);
        var challenge = options.RootElement.GetProperty("challenge").GetString()!;
        var rpId = options.RootElement.GetProperty("rp").GetProperty("id").GetString()!;
        var clientData = Encoding.UTF8.GetBytes(
            JsonSerializer.Serialize(
                new
                {
                    type = "webauthn.create",
                    challenge,
                    origin,
                    crossOrigin = false,
                }
            )
        );
        // rpIdHash, flags user present + user verified + credential data, counter 0, zero AAGUID, id, key.
        byte[] authData =
        [
            .. SHA256.HashData(Encoding.UTF8.GetBytes(rpId)),
            0x45,
            0,
            0,
            0,
            0,
            .. new byte[16],
            0,
            (byte)CredentialId.Length,
            .. CredentialId,
            .. Cose(),
        ];
        // CBOR {"fmt": "none", "attStmt": {}, "authData": bytes}
        byte[] attestation =
        [
            0xA3,
            0x63,
            .. "fmt"u8,
            0x64,
            .. "none"u8,
            0x67,
            .. "attStmt"u8,
            0xA0,
            0x68,
            .. "authData"u8,
            0x58,
            (byte)authData.Length,
            .. authData,
        ];
        return JsonSerializer.Serialize(
            new
            {
                id = Id,
                rawId = Id,
                type = "public-key",
                authenticatorAttachment = "platform",
                clientExtensionResults = new { },
                response = new
                {
                    clientDataJSON = Base64Url.EncodeToString(clientData),
                    attestationObject = Base64Url.EncodeToString(attestation),
                    transports = new[] { "internal" },
                },
            }
        );
    }

    /// <summary>
    /// The JSON navigator.credentials.get() would give, signed with this key or with <paramref name="signer"/>.
    /// </summary>
    public string Assert(
        string requestOptionsJson,
        string accountId,
        string origin = "http://localhost",
        ECDsa? signer = null
    )
    {
        using var options = JsonDocument.Parse(requestOptionsJson);
        var challenge = options.RootElement.GetProperty("challenge").GetString()!;
        var rpId = options.RootElement.TryGetProperty("rpId", out var rp) ? rp.GetString()! : "localhost";
        var clientData = Encoding.UTF8.GetBytes(
            JsonSerializer.Serialize(
                new
                {
                    type = "webauthn.get",
                    challenge,
                    origin,
                    crossOrigin = false,
                }
            )
        );
        // rpIdHash, flags user present + user verified, signature counter 1.
        byte[] authenticatorData = [.. SHA256.HashData(Encoding.UTF8.GetBytes(rpId)), 0x05, 0, 0, 0, 1];
        byte[] signed = [.. authenticatorData, .. SHA256.HashData(clientData)];
        var signature = (signer ?? _key).SignData(
            signed,
            HashAlgorithmName.SHA256,
            DSASignatureFormat.Rfc3279DerSequence
        );
        return JsonSerializer.Serialize(
            new
            {
                id = Id,
                rawId = Id,
                type = "public-key",
                authenticatorAttachment = "platform",
                clientExtensionResults = new { },
                response = new
                {
                    clientDataJSON = Base64Url.EncodeToString(clientData),
                    authenticatorData = Base64Url.EncodeToString(authenticatorData),
                    signature = Base64Url.EncodeToString(signature),
                    userHandle = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(accountId)),
                },
            }
        );
    }

    public void Dispose() => _key.Dispose();
}
