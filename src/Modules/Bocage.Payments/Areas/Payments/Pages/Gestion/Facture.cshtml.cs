using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Permissions;
using Bocage.Payments.Contracts;
using Bocage.Payments.Data;
using Bocage.Payments.Domain;
using Bocage.Payments.Domain.Invoices;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Payments.Areas.Payments.Pages.Gestion;

/// <summary>One invoice for the agent, and its cancellation with a reason.</summary>
[Authorize(Policy = PermissionRequirement.Prefix + PaymentsModule.ManagePermission)]
internal sealed class FactureModel(
    RegieAccess access,
    PaymentsDb db,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<PaymentsResource> text
) : PageModel
{
    public Invoice? Invoice { get; private set; }

    public Regie? Regie { get; private set; }

    public List<PaymentAttempt> Attempts { get; private set; } = [];

    [BindProperty]
    public string? Reason { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        try
        {
            Invoice!.Cancel(Reason ?? "");
            if (Invoice.Origin is not null)
            {
                var now = clock.GetUtcNow().UtcDateTime;
                db.Raise(
                    new InvoiceSettled(
                        Invoice.Id,
                        Invoice.Origin,
                        Invoice.OriginReference!,
                        InvoiceOutcome.Cancelled,
                        Invoice.AmountCents,
                        null,
                        now
                    ),
                    now
                );
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (PaymentRuleException e)
        {
            ModelState.AddModelError(nameof(Reason), text[$"Refusal_{e.Refusal}"]);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(nameof(Reason), text["Refusal_AttemptPending"]);
            return Page();
        }
        await audit.AppendAsync(
            AuditActor.Of(User),
            "payments.invoice.cancel",
            $"invoice:{Invoice.Reference}",
            Regie!.CommuneInsee,
            Reason!.Trim(),
            cancellationToken: cancellationToken
        );
        return Redirect($"/gestion/factures/facture/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        Regie = Invoice is null
            ? null
            : await access.FindAsync(User.RequiredAccountId(), Invoice.RegieId, cancellationToken);
        if (Regie is null)
        {
            return false;
        }
        var attemptIds = await db
            .AttemptInvoices.AsNoTracking()
            .Where(a => a.InvoiceId == id)
            .Select(a => a.AttemptId)
            .ToListAsync(cancellationToken);
        Attempts = await db
            .Attempts.AsNoTracking()
            .Where(a => attemptIds.Contains(a.Id))
            .OrderBy(a => a.CreatedAtUtc)
            .ToListAsync(cancellationToken);
        return true;
    }
}
