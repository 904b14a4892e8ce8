using Bocage.Payments.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Payments.Areas.Payments.Pages.Factures;

/// <summary>
/// A receipt, at an address only its payer knows (the attempt's random id, given on the return page
/// and in "Mes factures"), so that a payer without an account can keep it.
/// </summary>
internal sealed class RecuModel(ReceiptReader receipts) : PageModel
{
    public ReceiptView? Receipt { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Receipt = await receipts.ReadAsync(id, cancellationToken);
        return Receipt is null ? NotFound() : Page();
    }
}
