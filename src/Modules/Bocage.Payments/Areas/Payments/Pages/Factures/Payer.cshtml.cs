using Bocage.Kernel.Accounts;
using Bocage.Kernel.Amounts;
using Bocage.Kernel.Web;
using Bocage.Payments.Data;
using Bocage.Payments.Domain;
using Bocage.Payments.Domain.PayFip;
using Bocage.Payments.Domain.Settlement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Payments.Areas.Payments.Pages.Factures;

/// <summary>
/// Paying an invoice received on paper, without an account: its reference and its amount (both
/// printed on it) must match an unpaid invoice. The same answer for a wrong reference and a wrong
/// amount, so that the page does not confirm which references exist.
/// </summary>
[EnableRateLimiting(RateLimitPolicy)]
internal sealed class PayerModel(
    PaymentsDb db,
    PaymentStarter starter,
    IStringLocalizer<PaymentsResource> text,
    PublicSite site,
    PaymentRestart restart
) : PageModel
{
    public const string RateLimitPolicy = "payments-pay-by-reference";

    public sealed class InputModel
    {
        public string? Reference { get; set; } = "";

        public string? Amount { get; set; } = "";

        public string? Email { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet(string? reference) => Input.Reference = reference ?? "";

    /// <summary>The invoice's earlier attempt may still be with PayFiP: the page offers to give it up.</summary>
    public bool AwaitingPayFip { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        await FindAsync(cancellationToken) is { } invoice ? await StartAsync(invoice, cancellationToken) : Page();

    /// <summary>
    /// « Abandonner ce paiement et payer à nouveau »: the earlier attempt is checked with PayFiP first.
    /// </summary>
    public async Task<IActionResult> OnPostRestartAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is not { } invoice)
        {
            return Page();
        }
        var outcome = await restart.FreeAsync(invoice.Id, cancellationToken);
        if (outcome == RestartOutcome.Free)
        {
            return await StartAsync(invoice, cancellationToken);
        }
        ModelState.AddModelError(
            "Input.Reference",
            text[
                outcome switch
                {
                    RestartOutcome.Paid => "Refusal_AlreadyPaid",
                    RestartOutcome.Closed => "ReferenceNotFound",
                    _ => "PayFipUnavailable",
                }
            ]
        );
        return Page();
    }

    /// <summary>The unpaid invoice of that reference and amount, or null with the reason at its field.</summary>
    private async Task<Invoice?> FindAsync(CancellationToken cancellationToken)
    {
        var reference = (Input.Reference ?? "").Trim().ToUpperInvariant();
        var email = (Input.Email ?? "").Trim();
        if (reference.Length is 0 or > 40)
        {
            ModelState.AddModelError("Input.Reference", text["ReferenceRequired"]);
        }
        if (!Money.TryParse(Input.Amount, out var cents) || cents <= 0)
        {
            ModelState.AddModelError("Input.Amount", text["AmountInvalid"]);
        }
        else if (!PayFipRules.AcceptsAmount(cents))
        {
            ModelState.AddModelError("Input.Amount", text["AmountOutOfPayFipRange"]);
        }
        if (!Kernel.Text.EmailAddresses.IsPlausible(email))
        {
            ModelState.AddModelError("Input.Email", text["EmailInvalid"]);
        }
        else if (!PayFipRules.AcceptsMel(email))
        {
            ModelState.AddModelError("Input.Email", text["EmailOutOfPayFipRange"]);
        }
        if (!ModelState.IsValid)
        {
            return null;
        }
        var invoice = await db
            .Invoices.AsNoTracking()
            .SingleOrDefaultAsync(i => i.Reference == reference && i.AmountCents == cents, cancellationToken);
        if (invoice is null || invoice.Status != InvoiceStatus.Unpaid)
        {
            ModelState.AddModelError(
                "Input.Reference",
                text[invoice?.Status == InvoiceStatus.Paid ? "Refusal_AlreadyPaid" : "ReferenceNotFound"]
            );
            return null;
        }
        return invoice;
    }

    private async Task<IActionResult> StartAsync(Invoice invoice, CancellationToken cancellationToken)
    {
        var email = (Input.Email ?? "").Trim();
        var started = await starter.StartAsync([invoice.Id], User.AccountId(), email, site.Root, cancellationToken);
        if (started.RedirectUrl is null)
        {
            AwaitingPayFip = started.Refusal == PaymentRefusal.AttemptPending;
            ModelState.AddModelError(
                "Input.Reference",
                started.PayFipUnavailable ? text["PayFipUnavailable"] : text[$"Refusal_{started.Refusal}"]
            );
            return Page();
        }
        return PayFipRedirect.To(started.RedirectUrl);
    }
}
