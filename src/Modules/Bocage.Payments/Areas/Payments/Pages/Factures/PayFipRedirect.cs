using Microsoft.AspNetCore.Mvc;

namespace Bocage.Payments.Areas.Payments.Pages.Factures;

/// <summary>
/// Sends the payer to PayFiP. On our own site (the embedded simulator) a redirect is enough; to
/// another site we show a page with a link, because browsers check redirects after a form post
/// against the CSP's form-action, which allows only this site.
/// </summary>
internal static class PayFipRedirect
{
    public static IActionResult To(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
            ? new RedirectResult(url)
            : new RedirectResult($"/factures/vers-payfip?adresse={Uri.EscapeDataString(url)}");
}
