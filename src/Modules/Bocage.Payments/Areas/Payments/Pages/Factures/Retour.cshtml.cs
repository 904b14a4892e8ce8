using Bocage.Payments.Data;
using Bocage.Payments.Domain;
using Bocage.Payments.Domain.Settlement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Payments.Areas.Payments.Pages.Factures;

/// <summary>
/// PayFiP's urlredirect: the payer comes back here. The page asks PayFiP for the outcome itself (the
/// notification may not have arrived yet) and says clearly what happened. PayFiP's guide does not say
/// whether it comes back with GET or POST, so both are answered; the POST comes from PayFiP's site
/// without our anti-forgery token, which is not needed: nothing the request says is trusted, the
/// idOp is looked up with PayFiP and nothing is changed on the person's behalf.
/// </summary>
[IgnoreAntiforgeryToken]
internal sealed class RetourModel(PaymentSettler settler, PaymentsDb db) : PageModel
{
    public PaymentAttempt? Attempt { get; private set; }

    public Regie? Regie { get; private set; }

    public Task OnGetAsync(string? idop, CancellationToken cancellationToken) => LoadAsync(idop, cancellationToken);

    public Task OnPostAsync(string? idop, CancellationToken cancellationToken) => LoadAsync(idop, cancellationToken);

    private async Task LoadAsync(string? idop, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(idop) || idop.Length > 64)
        {
            return;
        }
        await settler.SettleAsync(idop, SettleSource.Return, cancellationToken);
        Attempt = await db.Attempts.AsNoTracking().SingleOrDefaultAsync(a => a.IdOp == idop, cancellationToken);
        if (Attempt is not null)
        {
            Regie = await db.Regies.AsNoTracking().SingleAsync(r => r.Id == Attempt.RegieId, cancellationToken);
        }
    }
}
