using Bocage.Kernel.Accounts;
using Bocage.Kernel.Web;
using Bocage.Payments.Domain.Invoices;
using Bocage.Payments.Domain.Settlement;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bocage.Payments.Areas.Payments.Pages.Factures;

/// <summary>
/// "Mes factures": every invoice of the person, from the intercommunality and every commune, and paying a régie's
/// invoices in one go.
/// </summary>
[Authorize]
internal sealed class IndexModel(
    InvoiceViews views,
    PaymentStarter starter,
    UserManager<Account> users,
    IStringLocalizer<PaymentsResource> text,
    PublicSite site
) : PageModel
{
    public IReadOnlyList<RegieGroup> Groups { get; private set; } = [];

    [BindProperty]
    public List<Guid> Selected { get; set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var account = await users.GetUserAsync(User);
        Groups = account is null
            ? []
            : await views.OfAccountAsync(account.Id, ConfirmedEmail(account), cancellationToken);
    }

    private static string? ConfirmedEmail(Account account) => account.EmailConfirmed ? account.Email : null;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }
        Groups = await views.OfAccountAsync(account.Id, ConfirmedEmail(account), cancellationToken);
        // Only the person's own invoices can be chosen, whatever the form sent.
        var own = Groups.SelectMany(g => g.Invoices).Select(v => v.Invoice.Id).ToHashSet();
        if (Selected.Count == 0 || !Selected.All(own.Contains))
        {
            Error = text["Refusal_NothingToPay"];
            return Page();
        }
        var started = await starter.StartAsync(Selected, account.Id, account.Email ?? "", site.Root, cancellationToken);
        if (started.RedirectUrl is null)
        {
            Error = started.PayFipUnavailable ? text["PayFipUnavailable"] : text[$"Refusal_{started.Refusal}"];
            return Page();
        }
        return PayFipRedirect.To(started.RedirectUrl);
    }
}
