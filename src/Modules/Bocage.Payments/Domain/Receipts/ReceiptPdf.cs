using Bocage.Kernel.Amounts;
using Bocage.Kernel.Documents;
using Bocage.Kernel.Mail;
using Bocage.Kernel.Time;

namespace Bocage.Payments.Domain.Receipts;

/// <summary>
/// The PDF of a receipt, the same whether downloaded from the receipt page or attached to the mail: in French, its
/// dates and amounts too, whoever reads it, with the emblem of the régie's commune (or of the intercommunality).
/// </summary>
internal sealed class ReceiptPdf(IPdfRenderer pdf, DocumentEmblems emblems)
{
    public static string FileName(ReceiptView receipt) => $"recu-{receipt.Number}.pdf";

    public async Task<byte[]> RenderAsync(ReceiptView receipt, CancellationToken cancellationToken)
    {
        var emblem = await emblems.OfAsync(receipt.CommuneInsee, cancellationToken);
        return MailCulture.Render(SupportedCultures.Default, () => Render(receipt, emblem));
    }

    private byte[] Render(ReceiptView receipt, byte[]? emblem) =>
        pdf.Render(
            new PdfDocument(
                $"Reçu de paiement {receipt.Number}",
                [
                    new PdfFields([
                        new("Collectivité", receipt.Collectivity),
                        new("Régie", receipt.RegieName),
                        new("Payé le", ParisTime.Format(receipt.PaidAtUtc)),
                        new("Montant", Money.Format(receipt.AmountCents)),
                        new("Opération PayFiP", receipt.IdOp),
                    ]),
                    new PdfTable(
                        ["Facture", "Référence", "Montant"],
                        [
                            .. receipt.Invoices.Select(l =>
                                (IReadOnlyList<string>)[l.Label, l.Reference, Money.Format(l.AmountCents)]
                            ),
                        ]
                    ),
                ]
            )
            {
                Subtitle = receipt.Collectivity,
                Emblem = emblem,
                Footer = $"Reçu {receipt.Number}",
            }
        );
}
