using Bocage.Kernel.Accounts;
using Bocage.Kernel.Amounts;
using Bocage.Kernel.Search;
using Bocage.Payments.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Payments.Domain.Invoices;

/// <summary>
/// Payments' part of the search: paying an invoice of each régie for everyone, and a signed-in person's own
/// invoices (label, reference, amount, status) in their language.
/// </summary>
internal sealed class InvoicesSearchSource(
    PaymentsDb db,
    InvoiceViews views,
    UserManager<Account> users,
    IStringLocalizer<PaymentsResource> text
) : ISearchSource
{
    public async Task<IReadOnlyList<SearchDocument>> PublicAsync(CancellationToken cancellationToken)
    {
        var regies = await db.Regies.AsNoTracking().ToListAsync(cancellationToken);
        var communes = await views.CommuneNamesAsync(cancellationToken);
        return
        [
            .. regies.Select(r => new SearchDocument(
                SearchKinds.Page,
                $"payments:pay:{r.Code}",
                text["Search_PayRegie", r.Name],
                "/factures/payer",
                text["Search_PayRegieSummary", InvoiceViews.CollectivityOf(r, communes)],
                $"{text["Search_Words"]} {r.Code}"
            )),
        ];
    }

    public async Task<IReadOnlyList<SearchDocument>> PersonalAsync(
        string accountId,
        CancellationToken cancellationToken
    )
    {
        var account = await users.FindByIdAsync(accountId);
        if (account is null)
        {
            return [];
        }
        var groups = await views.OfAccountAsync(
            account.Id,
            account.EmailConfirmed ? account.Email : null,
            cancellationToken
        );
        return groups
            .SelectMany(g => g.Invoices)
            .Select(v => new SearchDocument(
                SearchKinds.Invoice,
                v.Invoice.Id.ToString(),
                $"{v.Invoice.Label} — {v.Invoice.Reference}",
                "/factures",
                $"{Money.Format(v.Invoice.AmountCents)} · {text[$"Status_{v.Invoice.Status}"]} · {v.Collectivity}",
                $"{v.Regie.Name} {text["Search_Words"]}"
            ))
            .ToList();
    }
}
