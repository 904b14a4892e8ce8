using Bocage.Payments.Domain.PayFip;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Bocage.Payments.Areas.Payments.Pages.Factures;

/// <summary>The step before leaving for PayFiP's own site (see <see cref="PayFipRedirect"/>).</summary>
internal sealed class VersPayfipModel(IOptions<PayFipOptions> options) : PageModel
{
    public string Destination { get; private set; } = "";

    public IActionResult OnGet(string? adresse)
    {
        // Only PayFiP's page: never a link anyone could slip into the address.
        if (adresse is null || !adresse.StartsWith(options.Value.PaymentPageUrl, StringComparison.Ordinal))
        {
            return NotFound();
        }
        Destination = adresse;
        return Page();
    }
}
