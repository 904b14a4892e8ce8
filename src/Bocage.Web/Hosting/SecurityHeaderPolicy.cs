namespace Bocage.Web.Hosting;

/// <summary>
/// No inline script or style anywhere, so the policy needs no nonce and no 'unsafe-inline'.
/// HSTS is only sent on HTTPS requests (behind the reverse proxy, via forwarded headers).
/// </summary>
internal static class SecurityHeaderPolicy
{
    /// <param name="identityProviderOrigin">
    /// The identity provider's origin when one is configured: the sign-in and sign-out forms post here
    /// and are redirected there, which browsers check against form-action.
    /// </param>
    public static HeaderPolicyCollection Create(string? identityProviderOrigin = null) => new HeaderPolicyCollection()
        .AddDefaultSecurityHeaders()
        .AddFrameOptionsDeny()
        .AddReferrerPolicyStrictOriginWhenCrossOrigin()
        .AddStrictTransportSecurityMaxAgeIncludeSubDomains(maxAgeInSeconds: 63072000)
        .AddPermissionsPolicyWithDefaultSecureDirectives()
        .AddCrossOriginOpenerPolicy(b => b.SameOrigin())
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().Self();
            csp.AddScriptSrc().Self();
            csp.AddStyleSrc().Self();
            csp.AddImgSrc().Self().Data();
            csp.AddFontSrc().Self();
            csp.AddConnectSrc().Self();
            var formAction = csp.AddFormAction().Self();
            if (identityProviderOrigin is not null)
            {
                formAction.From(identityProviderOrigin);
            }
            csp.AddBaseUri().Self();
            csp.AddObjectSrc().None();
            csp.AddFrameAncestors().None();
        });
}
