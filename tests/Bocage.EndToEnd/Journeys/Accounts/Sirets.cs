using System.Security.Cryptography;

namespace Bocage.EndToEnd.Journeys.Accounts;

/// <summary>
/// SIRET numbers whose SIREN and SIRET both pass the Luhn key, different on every call: the journeys share one
/// application, and a SIRET is registered once.
/// </summary>
internal static class Sirets
{
    public static string Random()
    {
        var siren = WithKey(Digits(8));
        return WithKey(siren + Digits(4));
    }

    private static string Digits(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => RandomNumberGenerator.GetInt32(10)));

    /// <summary>The digits and the key that makes their Luhn sum a multiple of 10.</summary>
    private static string WithKey(string digits)
    {
        // With the key last, every second digit from the right of the others is doubled, starting with the first.
        var sum = digits.Reverse().Select((c, i) => (c - '0') * (i % 2 == 0 ? 2 : 1)).Sum(d => d > 9 ? d - 9 : d);
        return digits + (10 - sum % 10) % 10;
    }
}
