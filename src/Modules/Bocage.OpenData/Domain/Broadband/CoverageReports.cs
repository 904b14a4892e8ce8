using Bocage.Kernel.Audit;
using Bocage.Kernel.Permissions;
using Bocage.OpenData.Data;
using Bocage.OpenData.Domain.Observatory;
using Microsoft.EntityFrameworkCore;

namespace Bocage.OpenData.Domain.Broadband;

/// <summary>
/// Inhabitants' coverage reports: received without an account, checked by an agent of the commune, then
/// shown on the map counted by commune. The agent's decision is audited without the address.
/// </summary>
internal sealed class CoverageReports(OpenDataDb db, PermissionChecker permissions, AuditLog audit, TimeProvider clock)
{
    public async Task<Guid> ReceiveAsync(
        string address,
        string communeInsee,
        Technology technology,
        string description,
        CancellationToken cancellationToken = default
    )
    {
        var report = new CoverageReport(address, communeInsee, technology, description, clock.GetUtcNow().UtcDateTime);
        db.CoverageReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return report.Id;
    }

    /// <summary>Reports waiting in the communes this agent may check.</summary>
    public async Task<IReadOnlyList<CoverageReport>> PendingAsync(
        string accountId,
        CancellationToken cancellationToken = default
    )
    {
        var scope = await permissions.ScopeAsync(accountId, ObservatoryPermissions.ReviewCoverage, cancellationToken);
        var query = db.CoverageReports.AsNoTracking().Where(r => r.Status == ValueStatus.Proposed);
        if (!scope.Everything)
        {
            var communes = scope.Communes.ToList();
            query = query.Where(r => communes.Contains(r.CommuneInsee));
        }
        return await query.OrderBy(r => r.ReportedAt).Take(200).ToListAsync(cancellationToken);
    }

    public async Task<ReviewOutcome> ReviewAsync(
        string accountId,
        Guid id,
        bool confirmed,
        CancellationToken cancellationToken = default
    )
    {
        var report = await db.CoverageReports.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return ReviewOutcome.NotFound;
        }
        if (
            !await permissions.MayAsync(
                accountId,
                ObservatoryPermissions.ReviewCoverage,
                report.CommuneInsee,
                cancellationToken
            )
        )
        {
            return ReviewOutcome.OutOfScope;
        }
        if (!report.Review(confirmed, AuditActor.Of(accountId), clock.GetUtcNow().UtcDateTime))
        {
            return ReviewOutcome.AlreadyReviewed;
        }
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            AuditActor.Of(accountId),
            confirmed ? "data.broadband.confirm" : "data.broadband.dismiss",
            $"coverage-report:{report.Id}",
            report.CommuneInsee,
            TechnologyNames.Of(report.Technology)
        );
        return ReviewOutcome.Done;
    }

    /// <summary>Checked reports by commune and technology, for the coverage page.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CheckedByCommuneAsync(
        CancellationToken cancellationToken = default
    ) =>
        await db
            .CoverageReports.AsNoTracking()
            .Where(r => r.Status == ValueStatus.Validated)
            .GroupBy(r => r.CommuneInsee)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
}
