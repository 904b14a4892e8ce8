using System.Security.Cryptography;
using System.Text;

namespace Bocage.Bookings.Domain;

/// <summary>
/// A person's calendar subscription: a secret address their calendar application reads their bookings from.
/// Only the token's hash is stored (a database leak gives no feed away); renewing replaces it, revoking deletes it.
/// </summary>
internal sealed class CalendarFeed
{
    private CalendarFeed() { }

    public string AccountId { get; private set; } = "";

    public string TokenHash { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>A new feed and its token, shown once to the person.</summary>
    public static (CalendarFeed Feed, string Token) Create(string accountId, DateTime nowUtc)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        return (
            new CalendarFeed
            {
                AccountId = accountId,
                TokenHash = Hash(token),
                CreatedAtUtc = nowUtc,
            },
            token
        );
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
