using Bocage.Bookings.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Bookings.Jobs;

/// <summary>
/// Forgets the people of bookings older than their place's retention period (12 months after the date by
/// default): name, address and account go, the slot stays counted. Safe to run on every node at once: the
/// update is the same whoever runs it.
/// </summary>
internal sealed class RetentionSweep(BookingsDb db, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var forgotten = 0;
        var places = await db
            .Resources.AsNoTracking()
            .Select(r => new { r.Id, r.RetentionMonths })
            .ToListAsync(cancellationToken);
        foreach (var place in places)
        {
            var limit = now.AddMonths(-place.RetentionMonths);
            forgotten += await db
                .Bookings.Where(b => b.ResourceId == place.Id && b.EndUtc < limit && (b.Email != "" || b.Name != ""))
                .ExecuteUpdateAsync(
                    s => s.SetProperty(b => b.Name, "").SetProperty(b => b.Email, "").SetProperty(b => b.AccountId, ""),
                    cancellationToken
                );
        }
        return forgotten;
    }
}
