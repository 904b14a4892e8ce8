using System.Security.Cryptography;

namespace Bocage.Testing;

/// <summary>The code an authenticator application shows (RFC 6238: HMAC-SHA1, 30 s, 6 digits).</summary>
public static class Totp
{
    private static readonly Dictionary<string, long> LastStep = [];

    /// <summary>
    /// A code no earlier call gave for this key: the site accepts each time step once, so a test that
    /// enrols and signs in within 30 s gets the next step's code (accepted within the clock drift),
    /// as a person would wait for the next code.
    /// </summary>
    public static string Now(string base32Key)
    {
        var current = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        long step;
        lock (LastStep)
        {
            step = LastStep.TryGetValue(base32Key, out var last) && last >= current ? last + 1 : current;
            LastStep[base32Key] = step;
        }
        // The site accepts codes up to two steps ahead: a key used more often than that (browser tests
        // signing the same agent in again and again) waits, as a person waits for the next code.
        var usableFrom = DateTimeOffset.FromUnixTimeSeconds((step - 2) * 30);
        var wait = usableFrom - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            Thread.Sleep(wait + TimeSpan.FromMilliseconds(200));
        }
        return At(base32Key, DateTimeOffset.FromUnixTimeSeconds(step * 30));
    }

    public static string At(string base32Key, DateTimeOffset time)
    {
        var counter = time.ToUnixTimeSeconds() / 30;
        var message = BitConverter.GetBytes(counter);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(message);
        }
        var hash = HMACSHA1.HashData(Base32(base32Key), message);
        var offset = hash[^1] & 0x0f;
        var binary =
            ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6");
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0,
            bits = 0;
        foreach (var c in clean)
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c);
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
