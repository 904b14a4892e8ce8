using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Kernel.Accounts;

/// <summary>
/// Checks an authenticator application's code (RFC 6238: HMAC-SHA1, 30 s steps, 6 digits) and accepts
/// each time step once per account: whoever watches a code being typed cannot open a second session
/// with it while it is still valid. The step is recorded by a conditional update, so two requests
/// racing with the same code cannot both win.
/// </summary>
public sealed class AuthenticatorCodes(AccountsDb db, TimeProvider clock)
{
    private const int StepSeconds = 30;

    /// <summary>Steps accepted on either side of now, as Identity's own provider does (clock drift).</summary>
    private const int Drift = 2;

    /// <summary>
    /// The manager is the caller's: Identity's token provider is built by the manager, so it cannot be injected here.
    /// </summary>
    public async Task<AuthenticatorCodeCheck> CheckAsync(UserManager<Account> users, Account account, string code)
    {
        var key = await users.GetAuthenticatorKeyAsync(account);
        if (string.IsNullOrEmpty(key) || MatchingStep(key, code, clock.GetUtcNow()) is not { } step)
        {
            return AuthenticatorCodeCheck.Wrong;
        }
        var recorded = await db
            .Users.Where(a => a.Id == account.Id && (a.LastTotpTimeStep == null || a.LastTotpTimeStep < step))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.LastTotpTimeStep, step));
        if (recorded == 0)
        {
            return AuthenticatorCodeCheck.Replayed;
        }
        // The tracked copy too: a later UserManager update writes every column and must not set it back.
        account.LastTotpTimeStep = step;
        return AuthenticatorCodeCheck.Accepted;
    }

    /// <summary>The time step whose code this is, within the accepted drift; null when none.</summary>
    internal static long? MatchingStep(string base32Key, string code, DateTimeOffset now)
    {
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return null;
        }
        var secret = Base32Decode(base32Key);
        var current = now.ToUnixTimeSeconds() / StepSeconds;
        for (var step = current - Drift; step <= current + Drift; step++)
        {
            if (
                CryptographicOperations.FixedTimeEquals(
                    System.Text.Encoding.ASCII.GetBytes(Compute(secret, step)),
                    System.Text.Encoding.ASCII.GetBytes(code)
                )
            )
            {
                return step;
            }
        }
        return null;
    }

    private static string Compute(byte[] secret, long step)
    {
        var message = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(message);
        }
        var hash = HMACSHA1.HashData(secret, message);
        var offset = hash[^1] & 0x0f;
        var binary =
            ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32Decode(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0,
            bits = 0;
        foreach (var c in text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant())
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                continue;
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. bytes];
    }
}
