using Bocage.Kernel.Territory;
using Bocage.Payments.Domain.Receipts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Payments.Areas.Payments.Pages.Factures;

/// <summary>
/// A receipt, at an address only its payer knows (the attempt's random id, given on the return page
/// and in "Mes factures"), so that a payer without an account can keep it, as a page or a PDF.
/// </summary>
internal sealed class RecuModel(ReceiptReader receipts, ReceiptPdf pdf, IdentityHolders bodies) : PageModel
{
    public ReceiptView? Receipt { get; private set; }

    /// <summary>The commune of the régie, or the intercommunality, whose emblem is printed beside its name.</summary>
    public IdentityHolder Issuer { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Receipt = await receipts.ReadAsync(id, cancellationToken);
        if (Receipt is null)
        {
            return NotFound();
        }
        Issuer = await bodies.OfAsync(Receipt.CommuneInsee, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken cancellationToken)
    {
        var receipt = await receipts.ReadAsync(id, cancellationToken);
        if (receipt is null)
        {
            return NotFound();
        }
        Bocage.Kernel.Web.PersonalDownloads.NoStore(Response);
        return File(await pdf.RenderAsync(receipt, cancellationToken), "application/pdf", ReceiptPdf.FileName(receipt));
    }
}
