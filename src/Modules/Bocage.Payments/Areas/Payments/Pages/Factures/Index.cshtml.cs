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
    PublicSite site,
    PaymentRestart restart
) : PageModel
{
    public IReadOnlyList<RegieGroup> Groups { get; private set; } = [];

    [BindProperty]
    public List<Guid> Selected { get; set; } = [];

    public string? Error { get; private set; }

    public string? Notice { get; private set; }

    /// <summary>Shown « Paiement en cours » with a way to give it up and pay again, instead of a box to tick.</summary>
    public bool IsAwaitingPayFip(Domain.Invoice invoice) => restart.IsAwaitingPayFip(invoice);

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
        return await StartAsync(Selected, account, cancellationToken);
    }

    /// <summary>
    /// « Abandonner ce paiement et payer à nouveau »: the earlier attempt is checked with PayFiP, then a new one
    /// starts for that invoice alone.
    /// </summary>
    public async Task<IActionResult> OnPostRestartAsync(Guid invoice, CancellationToken cancellationToken)
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }
        Groups = await views.OfAccountAsync(account.Id, ConfirmedEmail(account), cancellationToken);
        if (!Groups.SelectMany(g => g.Invoices).Any(v => v.Invoice.Id == invoice))
        {
            Error = text["Refusal_NothingToPay"];
            return Page();
        }
        switch (await restart.FreeAsync(invoice, cancellationToken))
        {
            case RestartOutcome.Free:
                return await StartAsync([invoice], account, cancellationToken);
            case RestartOutcome.PayFipUnavailable:
                Error = text["PayFipUnavailable"];
                break;
            case RestartOutcome.Paid:
                Notice = text["RestartFoundPaid"];
                break;
            default:
                Error = text["Refusal_Cancelled"];
                break;
        }
        Groups = await views.OfAccountAsync(account.Id, ConfirmedEmail(account), cancellationToken);
        return Page();
    }

    private async Task<IActionResult> StartAsync(
        IReadOnlyCollection<Guid> invoices,
        Account account,
        CancellationToken cancellationToken
    )
    {
        var started = await starter.StartAsync(invoices, account.Id, account.Email ?? "", site.Root, cancellationToken);
        if (started.RedirectUrl is null)
        {
            Error = started.PayFipUnavailable ? text["PayFipUnavailable"] : text[$"Refusal_{started.Refusal}"];
            return Page();
        }
        return PayFipRedirect.To(started.RedirectUrl);
    }
}
