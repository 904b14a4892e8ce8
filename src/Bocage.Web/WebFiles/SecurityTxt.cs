using System.Globalization;
using Bocage.Kernel.Web;

namespace Bocage.Web.WebFiles;

/// <summary>
/// <c>/.well-known/security.txt</c> after RFC 9116: <c>Contact</c> (<c>SecurityTxt:Contact</c>, a mailto: or
/// https: address; by default securite@ the site's host) and <c>Expires</c> (<c>SecurityTxt:Expires</c>, a date;
/// by default a year after today, so that an unattended site never says « expired » while its contact still
/// reads the mail — set it and renew it), the languages we answer in, and the file's canonical address.
/// </summary>
internal static class SecurityTxt
{
    public static string Write(PublicSite site, IConfiguration configuration, TimeProvider clock)
    {
        var contact = configuration["SecurityTxt:Contact"] is { Length: > 0 } configured
            ? configured
            : $"mailto:securite@{site.Host}";
        var expires = DateTimeOffset.TryParse(
            configuration["SecurityTxt:Expires"],
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal,
            out var set
        )
            ? set.ToUniversalTime()
            : new DateTimeOffset(clock.GetUtcNow().UtcDateTime.Date.AddYears(1), TimeSpan.Zero);
        return $"""
            Contact: {contact}
            Expires: {expires.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}
            Preferred-Languages: fr, en, nl
            Canonical: {site.Absolute("/.well-known/security.txt")}

            """;
    }
}
