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
        // Only what the platform uses: passkeys on our own pages, geolocation for "near me" on maps.
        .AddPermissionsPolicy(p =>
        {
            p.AddAccelerometer().None();
            p.AddAutoplay().None();
            p.AddCamera().None();
            p.AddDisplayCapture().None();
            p.AddEncryptedMedia().None();
            p.AddGeolocation().Self();
            p.AddGyroscope().None();
            p.AddMagnetometer().None();
            p.AddMicrophone().None();
            p.AddMidi().None();
            p.AddPayment().None();
            p.AddPictureInPicture().None();
            p.AddPublickeyCredentialsCreate().Self();
            p.AddPublickeyCredentialsGet().Self();
            p.AddScreenWakeLock().None();
            p.AddSyncXHR().None();
            p.AddUsb().None();
            p.AddXrSpatialTracking().None();
        })
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
