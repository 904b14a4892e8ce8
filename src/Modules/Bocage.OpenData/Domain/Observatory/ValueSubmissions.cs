using Bocage.Kernel.Audit;
using Bocage.Kernel.Permissions;
using Bocage.OpenData.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.OpenData.Domain.Observatory;

/// <summary>
/// How partners enrich the observatory: they propose values for the indicators their organisation produces,
/// an agent holding <c>data.observatory.validate</c> (not the person who proposed them) publishes or rejects
/// them. Every step is written to the audit log.
/// </summary>
internal sealed class ValueSubmissions(OpenDataDb db, PermissionChecker permissions, AuditLog audit, TimeProvider clock)
{
    public const string Intercommunality = "ccsa";

    /// <summary>The indicators this account may propose values for: those its organisations produce.</summary>
    public async Task<IReadOnlyList<Indicator>> SubmittableAsync(
        string accountId,
        CancellationToken cancellationToken = default
    )
    {
        var scope = await permissions.ScopeAsync(accountId, ObservatoryPermissions.Submit, cancellationToken);
        var all = await db.Indicators.AsNoTracking().OrderBy(i => i.Title).ToListAsync(cancellationToken);
        return all.Where(i => scope.Everything || scope.Organisations.Contains(i.ProducerOrganisation)).ToList();
    }

    /// <summary>Saves all the lines or none (one SaveChanges), proposed for validation.</summary>
    public async Task SubmitAsync(
        string accountId,
        IReadOnlyList<ValueLine> lines,
        CancellationToken cancellationToken = default
    )
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var line in lines)
        {
            db.IndicatorValues.Add(
                new IndicatorValue(
                    line.Indicator.Id,
                    line.CommuneInsee,
                    line.Period,
                    line.Scaled,
                    AuditActor.Of(accountId),
                    now
                )
            );
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var group in lines.GroupBy(l => l.Indicator.Slug))
        {
            await audit.AppendAsync(
                AuditActor.Of(accountId),
                "data.observatory.submit",
                $"indicator:{group.Key}",
                null,
                $"{group.Count()} valeur(s) proposée(s)"
            );
        }
    }

    public async Task<IReadOnlyList<(IndicatorValue Value, Indicator Indicator)>> PendingAsync(
        CancellationToken cancellationToken = default
    ) =>
        (
            await db
                .IndicatorValues.AsNoTracking()
                .Where(v => v.Status == ValueStatus.Proposed)
                .Join(db.Indicators, v => v.IndicatorId, i => i.Id, (v, i) => new { v, i })
                .OrderBy(x => x.v.Id)
                .Take(200)
                .ToListAsync(cancellationToken)
        )
            .Select(x => (x.v, x.i))
            .ToList();

    public async Task<ReviewOutcome> ReviewAsync(
        string accountId,
        long valueId,
        bool accept,
        CancellationToken cancellationToken = default
    )
    {
        var value = await db.IndicatorValues.FirstOrDefaultAsync(v => v.Id == valueId, cancellationToken);
        if (value is null)
        {
            return ReviewOutcome.NotFound;
        }
        if (value.SubmittedBy == AuditActor.Of(accountId))
        {
            return ReviewOutcome.OwnSubmission;
        }
        if (
            !await permissions.MayAsync(
                accountId,
                ObservatoryPermissions.Validate,
                value.CommuneInsee,
                cancellationToken
            )
            || (
                value.CommuneInsee is null
                && !(
                    await permissions.ScopeAsync(accountId, ObservatoryPermissions.Validate, cancellationToken)
                ).Everything
            )
        )
        {
            return ReviewOutcome.OutOfScope;
        }
        if (!value.Review(accept, AuditActor.Of(accountId), clock.GetUtcNow().UtcDateTime))
        {
            return ReviewOutcome.AlreadyReviewed;
        }
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            AuditActor.Of(accountId),
            accept ? "data.observatory.validate" : "data.observatory.reject",
            $"indicator-value:{value.Id}",
            value.CommuneInsee,
            $"période {Period.FromCode(value.Period)}"
        );
        return ReviewOutcome.Done;
    }
}
