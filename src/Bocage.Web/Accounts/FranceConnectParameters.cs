using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Bocage.Web.Accounts;

/// <summary>
/// FranceConnect v2 checks the query strings of its authorize and logout endpoints against a list and
/// answers 400 to any other parameter (PKCE's, ASP.NET's x-client telemetry, response_mode...). The
/// handler's options already send none of those; this keeps it so whatever a later version adds.
/// </summary>
public static class FranceConnectParameters
{
    public static readonly IReadOnlySet<string> Authorize = new HashSet<string>(StringComparer.Ordinal)
    {
        "client_id",
        "acr_values",
        "claims",
        "response_type",
        "nonce",
        "state",
        "redirect_uri",
        "scope",
        "prompt",
        "idp_hint",
        "ui_locales",
    };

    public static readonly IReadOnlySet<string> Logout = new HashSet<string>(StringComparer.Ordinal)
    {
        "id_token_hint",
        "state",
        "post_logout_redirect_uri",
    };

    /// <summary>FranceConnect refuses a nonce shorter than this.</summary>
    public const int MinimumNonceLength = 22;

    /// <summary>Removes from the message every parameter the endpoint does not accept, and the telemetry.</summary>
    public static void KeepOnly(OpenIdConnectMessage message, IReadOnlySet<string> accepted)
    {
        message.EnableTelemetryParameters = false;
        foreach (var name in message.Parameters.Keys.Where(k => !accepted.Contains(k)).ToList())
        {
            message.Parameters.Remove(name);
        }
    }
}
