using System.Globalization;
using Bocage.Kernel.Amounts;
using Bocage.Kernel.Dashboard;
using Bocage.Kernel.Time;
using Bocage.Payments.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bocage.Payments.Domain.Receipts;

/// <summary>
/// Payments on the officials' dashboard: what each régie of their communes collected online, month by month over
/// the last six months (Paris time), and in all.
/// </summary>
internal sealed class PaymentsDashboard(PaymentsDb db, IStringLocalizer<PaymentsResource> text, TimeProvider clock)
    : IDashboardSource
{
    private const int Months = 6;

    public async Task<IReadOnlyList<DashboardTable>> TablesAsync(
        DashboardScope scope,
        CancellationToken cancellationToken
    )
    {
        var thisMonth = ParisTime.ToParis(clock.GetUtcNow().UtcDateTime);
        var first = new DateTime(thisMonth.Year, thisMonth.Month, 1).AddMonths(1 - Months);
        var since = ParisTime.ToUtc(first);
        var regies = (await db.Regies.AsNoTracking().ToListAsync(cancellationToken))
            .Where(r => r.CommuneInsee is { } insee ? scope.Communes.ContainsKey(insee) : scope.WholeTerritory)
            .OrderBy(r => r.Name, StringComparer.Create(CultureInfo.GetCultureInfo("fr"), true))
            .ToList();
        var ids = regies.Select(r => r.Id).ToList();
        var receipts = await db
            .Receipts.AsNoTracking()
            .Where(r => r.IssuedAtUtc >= since && ids.Contains(r.RegieId))
            .Select(r => new
            {
                r.RegieId,
                r.AmountCents,
                r.IssuedAtUtc,
            })
            .ToListAsync(cancellationToken);
        var months = Enumerable.Range(0, Months).Select(first.AddMonths).ToList();
        var rows = regies
            .Select(regie =>
            {
                var own = receipts.Where(r => r.RegieId == regie.Id).ToList();
                var perMonth = months
                    .Select(m =>
                        own.Where(r =>
                                ParisTime.ToParis(r.IssuedAtUtc) is var p && p.Year == m.Year && p.Month == m.Month
                            )
                            .Sum(r => r.AmountCents)
                    )
                    .ToList();
                var values = perMonth.Append(perMonth.Sum()).Select(c => new DashboardValue(Money.Format(c), c));
                return new DashboardRow(regie.Name, [.. values]);
            })
            .ToList();
        var names = months.Select(m => m.ToString("MMM yyyy", CultureInfo.CurrentCulture)).ToList();
        var totals = months
            .Select((_, i) => rows.Sum(r => (long)r.Values[i].Amount))
            .Select((cents, i) => new DashboardPoint(names[i], Money.Format(cents), cents));
        return
        [
            new DashboardTable(
                text["Dashboard_CollectedTitle"],
                text["Dashboard_Regie"],
                [.. names, text["Dashboard_Total"]],
                rows,
                Months
            )
            {
                Months = [.. totals],
            },
        ];
    }
}
