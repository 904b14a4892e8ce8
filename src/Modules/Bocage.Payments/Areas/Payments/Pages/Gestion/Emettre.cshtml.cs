using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Permissions;
using Bocage.Payments.Domain;
using Bocage.Payments.Domain.Invoices;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bocage.Payments.Areas.Payments.Pages.Gestion;

/// <summary>Issuing one invoice, with up to three lines whose sum is the total.</summary>
[Authorize(Policy = PermissionRequirement.Prefix + PaymentsModule.ManagePermission)]
internal sealed class EmettreModel(
    RegieAccess access,
    InvoiceIssuer issuer,
    AuditLog audit,
    IStringLocalizer<PaymentsResource> text
) : PageModel
{
    public const int LineCount = 3;

    public sealed class InputModel
    {
        public string? Regie { get; set; } = "";

        public string? PayerName { get; set; } = "";

        public string? PayerEmail { get; set; } = "";

        public string? Label { get; set; } = "";

        public string? DueDate { get; set; } = "";

        public List<string> LineLabels { get; set; } = [];

        public List<string> LineAmounts { get; set; } = [];
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public List<Regie> Regies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Regies = await access.RegiesAsync(User.RequiredAccountId(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Regies = await access.RegiesAsync(User.RequiredAccountId(), cancellationToken);
        var regie = Regies.FirstOrDefault(r => r.Id.ToString() == Input.Regie);
        var line = InvoiceInput.Read(
            Input.PayerName,
            Input.PayerEmail,
            Input.Label,
            Input.DueDate,
            Input.LineLabels,
            Input.LineAmounts
        );
        if (regie is null)
        {
            ModelState.AddModelError("Input.Regie", text["IssueRegieRequired"]);
        }
        foreach (var (field, key) in line.Errors)
        {
            ModelState.AddModelError($"Input.{field}", text[key]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var invoice = await issuer.IssueAsync(
            regie!,
            line.Payer!,
            line.Label!,
            line.Lines!,
            line.DueDateUtc,
            null,
            cancellationToken
        );
        await audit.AppendAsync(
            AuditActor.Of(User),
            "payments.invoice.issue",
            $"invoice:{invoice.Reference}",
            regie!.CommuneInsee,
            $"amount={invoice.AmountCents}",
            cancellationToken: cancellationToken
        );
        return Redirect($"/gestion/factures/facture/{invoice.Id}");
    }
}
