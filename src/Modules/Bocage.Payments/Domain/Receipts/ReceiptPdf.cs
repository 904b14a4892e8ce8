using Bocage.Kernel.Amounts;
using Bocage.Kernel.Documents;
using Bocage.Kernel.Time;

namespace Bocage.Payments.Domain.Receipts;

/// <summary>The PDF of a receipt, the same whether downloaded from the receipt page or attached to the mail.</summary>
internal sealed class ReceiptPdf(IPdfRenderer pdf)
{
    public static string FileName(ReceiptView receipt) => $"recu-{receipt.Number}.pdf";

    public byte[] Render(ReceiptView receipt) =>
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
                Footer = $"Reçu {receipt.Number}",
            }
        );
}
