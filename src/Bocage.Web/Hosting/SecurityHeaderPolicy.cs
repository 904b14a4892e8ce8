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
    /// <param name="tileOrigin">
    /// The origin of the map's tile service when one is configured (<c>Data:Map:TileUrl</c>): Leaflet loads the
    /// tiles as images from there. Nothing else is opened; without a tile service the map draws vectors only.
    /// </param>
    public static HeaderPolicyCollection Create(string? identityProviderOrigin = null, string? tileOrigin = null) =>
        new HeaderPolicyCollection()
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
                // blob: for pictures a page's own script made from what it fetched: Pannellum reads a panorama
                // by XHR (to show its progress) and shows it from a blob URL; model-viewer does so for textures.
                var images = csp.AddImgSrc().Self().Data().Blob();
                if (tileOrigin is not null)
                {
                    images.From(tileOrigin);
                }
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
