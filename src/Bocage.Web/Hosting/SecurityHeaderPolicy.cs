namespace Bocage.Web.Hosting;

/// <summary>
/// No inline script or style anywhere, so the policy needs no nonce and no 'unsafe-inline'.
/// HSTS is only sent on HTTPS requests (behind the reverse proxy, via forwarded headers).
/// </summary>
internal static class SecurityHeaderPolicy
{
    public static HeaderPolicyCollection Create() => new HeaderPolicyCollection()
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
            csp.AddFormAction().Self();
            csp.AddBaseUri().Self();
            csp.AddObjectSrc().None();
            csp.AddFrameAncestors().None();
        });
}
