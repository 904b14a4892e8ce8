using Bocage.Kernel.Documents;
using Bocage.Kernel.Time;
using Bocage.Payments.Domain;
using Bocage.Payments.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bocage.Payments.Areas.Payments.Pages.Factures;

/// <summary>
/// A receipt, at an address only its payer knows (the attempt's random id, given on the return page
/// and in "Mes factures"), so that a payer without an account can keep it, as a page or a PDF.
/// </summary>
internal sealed class RecuModel(ReceiptReader receipts, IPdfRenderer pdf) : PageModel
{
    public ReceiptView? Receipt { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Receipt = await receipts.ReadAsync(id, cancellationToken);
        return Receipt is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken cancellationToken)
    {
        var receipt = await receipts.ReadAsync(id, cancellationToken);
        if (receipt is null)
        {
            return NotFound();
        }
        var document = new PdfDocument($"Reçu de paiement {receipt.Number}",
        [
            new PdfFields(
            [
                new("Collectivité", receipt.Collectivity),
                new("Régie", receipt.RegieName),
                new("Payé le", ParisTime.Format(receipt.PaidAtUtc)),
                new("Montant", Money.Format(receipt.AmountCents)),
                new("Opération PayFiP", receipt.IdOp),
            ]),
            new PdfTable(["Facture", "Référence", "Montant"],
                [.. receipt.Invoices.Select(l => (IReadOnlyList<string>)[l.Label, l.Reference, Money.Format(l.AmountCents)])]),
        ])
        {
            Subtitle = receipt.Collectivity,
            Footer = $"Reçu {receipt.Number}",
        };
        return File(pdf.Render(document), "application/pdf", $"recu-{receipt.Number}.pdf");
    }
}
