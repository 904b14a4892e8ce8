using System.Security.Claims;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.OpenData.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.OpenData.Domain.Observatory;

/// <summary>A published figure: the period and the scaled value.</summary>
internal sealed record Figure(Period Period, long Scaled);

/// <summary>
/// Reads the observatory as a given person may see it: public indicators for everyone, restricted ones
/// for the producer and the organisations they are shared with. Only validated values are ever shown.
/// </summary>
internal sealed class ObservatoryReader(OpenDataDb db, PermissionChecker permissions)
{
    public async Task<IReadOnlyList<Indicator>> VisibleIndicatorsAsync(
        ClaimsPrincipal user,
        CancellationToken cancellationToken = default
    )
    {
        var all = await db
            .Indicators.AsNoTracking()
            .OrderBy(i => i.Theme)
            .ThenBy(i => i.Title)
            .ToListAsync(cancellationToken);
        var scope = await ReadScopeAsync(user, cancellationToken);
        return all.Where(i => i.IsVisibleTo(scope.Everything, scope.Organisations)).ToList();
    }

    /// <summary>
    /// The indicator when it exists and this person may read it; null otherwise (shown as not found).
    /// </summary>
    public async Task<Indicator?> FindAsync(
        string slug,
        ClaimsPrincipal user,
        CancellationToken cancellationToken = default
    )
    {
        var indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Slug == slug, cancellationToken);
        if (indicator is null || indicator.Visibility == IndicatorVisibility.Public)
        {
            return indicator;
        }
        var scope = await ReadScopeAsync(user, cancellationToken);
        return indicator.IsVisibleTo(scope.Everything, scope.Organisations) ? indicator : null;
    }

    /// <summary>
    /// The time series of one commune, or of the intercommunality when <paramref name="insee"/> is null.
    /// </summary>
    public async Task<IReadOnlyList<Figure>> SeriesAsync(
        int indicatorId,
        string? insee,
        CancellationToken cancellationToken = default
    )
    {
        var values = db
            .IndicatorValues.AsNoTracking()
            .Where(v => v.IndicatorId == indicatorId && v.Status == ValueStatus.Validated);
        // Two spelled-out predicates: comparing with a nullable parameter makes EF add "OR (x IS NULL AND
        // @p IS NULL)", which keeps the database from seeking the (indicator, commune, period) index.
        values = insee is null ? values.Where(v => v.CommuneInsee == null) : values.Where(v => v.CommuneInsee == insee);
        var rows = await values
            .OrderBy(v => v.Period)
            .Select(v => new { v.Period, v.Scaled })
            .ToListAsync(cancellationToken);
        // A later validated correction of the same period replaces the earlier one.
        return rows.GroupBy(r => r.Period).Select(g => new Figure(Period.FromCode(g.Key), g.Last().Scaled)).ToList();
    }

    /// <summary>The latest published figure of the whole territory for each of these indicators (one query).</summary>
    public async Task<IReadOnlyDictionary<int, Figure>> LatestOfTerritoryAsync(
        IReadOnlyCollection<int> indicatorIds,
        CancellationToken cancellationToken = default
    )
    {
        var ids = indicatorIds.ToList();
        var rows = await db
            .IndicatorValues.AsNoTracking()
            .Where(v => ids.Contains(v.IndicatorId) && v.CommuneInsee == null && v.Status == ValueStatus.Validated)
            .OrderBy(v => v.Period)
            .ThenBy(v => v.Id)
            .Select(v => new
            {
                v.IndicatorId,
                v.Period,
                v.Scaled,
            })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.IndicatorId)
            .ToDictionary(g => g.Key, g => new Figure(Period.FromCode(g.Last().Period), g.Last().Scaled));
    }

    /// <summary>The latest published figure of every commune for this indicator.</summary>
    public async Task<IReadOnlyDictionary<string, Figure>> LatestByCommuneAsync(
        int indicatorId,
        CancellationToken cancellationToken = default
    )
    {
        var validated = db
            .IndicatorValues.AsNoTracking()
            .Where(v => v.IndicatorId == indicatorId && v.CommuneInsee != null && v.Status == ValueStatus.Validated);
        var latestPeriods = validated
            .GroupBy(v => v.CommuneInsee!)
            .Select(g => new { Insee = g.Key, Period = g.Max(v => v.Period) });
        // One query, not one per commune: the values of each commune's latest period (a later validated
        // correction of the same period wins, as in SeriesAsync).
        var rows = await validated
            .Join(
                latestPeriods,
                v => new { Insee = v.CommuneInsee!, v.Period },
                l => new { l.Insee, l.Period },
                (v, l) =>
                    new
                    {
                        l.Insee,
                        v.Period,
                        v.Id,
                        v.Scaled,
                    }
            )
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Insee)
            .Select(g => g.MaxBy(r => r.Id)!)
            .ToDictionary(r => r.Insee, r => new Figure(Period.FromCode(r.Period), r.Scaled));
    }

    private async Task<AccessScope> ReadScopeAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var accountId = user.AccountId();
        if (accountId is null)
        {
            return AccessScope.None;
        }
        var read = await permissions.ScopeAsync(accountId, ObservatoryPermissions.Read, cancellationToken);
        var submit = await permissions.ScopeAsync(accountId, ObservatoryPermissions.Submit, cancellationToken);
        return new AccessScope(
            read.Everything || submit.Everything,
            read.Communes,
            read.Organisations.Concat(submit.Organisations).ToHashSet()
        );
    }
}
