using Microsoft.Extensions.Configuration;

namespace Bocage.Kernel.Web;

/// <summary>
/// The site's public address (<c>Site:BaseUrl</c>), from which every absolute link we send is built:
/// mails, payment return addresses, open-data links. Never the request's Host header: anyone can set
/// it, and a password-reset mail built from it would carry a valid token to the sender's own site.
/// </summary>
public sealed class PublicSite
{
    public const string SettingKey = "Site:BaseUrl";

    /// <summary>The address of <c>dotnet run</c> (launchSettings.json), used when nothing is configured.</summary>
    public const string DefaultBaseUrl = "http://localhost:5080";

    private readonly string _root;

    public PublicSite(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (
            !baseUrl.IsAbsoluteUri
            || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(baseUrl.Query)
            || !string.IsNullOrEmpty(baseUrl.Fragment)
        )
        {
            throw new InvalidOperationException(
                $"{SettingKey} must be an absolute http(s) address without query, such as https://services.example.org (got « {baseUrl} »)."
            );
        }
        BaseUrl = baseUrl;
        _root = baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    public Uri BaseUrl { get; }

    /// <summary>The host name, for the list of allowed hosts.</summary>
    public string Host => BaseUrl.Host;

    /// <summary>
    /// Scheme, host, port and base path, without a trailing slash (e.g. <c>https://services.example.org</c>).
    /// </summary>
    public string Root => _root;

    /// <summary>
    /// The absolute address of a path of this site (<paramref name="pathAndQuery"/> starts with '/').
    /// </summary>
    public string Absolute(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        if (!pathAndQuery.StartsWith('/'))
        {
            throw new ArgumentException("A site path starts with '/'.", nameof(pathAndQuery));
        }
        return _root + pathAndQuery;
    }

    /// <summary>Whether <c>Site:BaseUrl</c> is set (outside development, links to localhost are a mistake).</summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[SettingKey]);

    public static PublicSite From(IConfiguration configuration)
    {
        var value = configuration[SettingKey];
        var text = string.IsNullOrWhiteSpace(value) ? DefaultBaseUrl : value.Trim();
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url))
        {
            throw new InvalidOperationException(
                $"{SettingKey} must be an absolute http(s) address such as https://services.example.org (got « {text} »)."
            );
        }
        return new PublicSite(url);
    }
}
