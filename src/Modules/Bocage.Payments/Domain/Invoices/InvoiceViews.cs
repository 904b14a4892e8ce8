using Bocage.Kernel.Data;
using Bocage.Payments.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Payments.Domain.Invoices;

/// <summary>Reads invoices with what the pages need around them.</summary>
internal sealed class InvoiceViews(PaymentsDb db, KernelDb kernel)
{
    public const string Intercommunality = "Communauté de Communes Sud Avesnois";

    /// <summary>
    /// The account's invoices, and those an agent issued to its (confirmed) address before linking them.
    /// </summary>
    public async Task<IReadOnlyList<RegieGroup>> OfAccountAsync(
        string accountId,
        string? confirmedEmail,
        CancellationToken cancellationToken
    )
    {
        var email = confirmedEmail ?? "\u0000";
        var invoices = await db
            .Invoices.AsNoTracking()
            .Where(i => i.PayerAccountId == accountId || (i.PayerAccountId == null && i.PayerEmail == email))
            .OrderBy(i => i.DueDateUtc)
            .ToListAsync(cancellationToken);
        var views = await DescribeAsync(invoices, cancellationToken);
        return views
            .GroupBy(v => v.Regie.Id)
            .Select(g => new RegieGroup(g.First().Regie, g.First().Collectivity, g.ToList()))
            .OrderBy(g => g.Regie.CommuneInsee != null)
            .ThenBy(g => g.Collectivity)
            .ThenBy(g => g.Regie.Name)
            .ToList();
    }

    public async Task<IReadOnlyList<InvoiceView>> DescribeAsync(
        IReadOnlyList<Invoice> invoices,
        CancellationToken cancellationToken
    )
    {
        var regieIds = invoices.Select(i => i.RegieId).Distinct().ToList();
        var regies = await db
            .Regies.AsNoTracking()
            .Where(r => regieIds.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        var names = await CommuneNamesAsync(cancellationToken);
        var attemptIds = invoices.Where(i => i.PaidByAttemptId != null).Select(i => i.PaidByAttemptId!.Value).ToList();
        var receipts = await db
            .Receipts.AsNoTracking()
            .Where(r => attemptIds.Contains(r.AttemptId))
            .Select(r => r.AttemptId)
            .ToListAsync(cancellationToken);
        return invoices
            .Select(i =>
            {
                var regie = regies[i.RegieId];
                var receipt = i.PaidByAttemptId is { } a && receipts.Contains(a) ? a : (Guid?)null;
                return new InvoiceView(i, regie, CollectivityOf(regie, names), receipt);
            })
            .ToList();
    }

    public async Task<Dictionary<string, string>> CommuneNamesAsync(CancellationToken cancellationToken) =>
        await kernel.Communes.AsNoTracking().ToDictionaryAsync(c => c.Insee, c => c.Name, cancellationToken);

    public static string CollectivityOf(Regie regie, IReadOnlyDictionary<string, string> communeNames) =>
        regie.CommuneInsee is null
            ? Intercommunality
            : $"Commune de {communeNames.GetValueOrDefault(regie.CommuneInsee, regie.CommuneInsee)}";
}
