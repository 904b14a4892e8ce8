using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Answers;
using Bocage.Procedures.Domain.Files;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Domain.Filing;

/// <summary>
/// Submits a draft in one transaction: the year's number, the state, the first revision, the history
/// line and the receipt event all land in one SaveChanges, so a crash leaves a draft or a submitted file
/// whose receipt is queued — never a half.
/// </summary>
internal sealed class Submission(ProceduresDb db, TimeProvider clock)
{
    public async Task<(SubmitOutcome Outcome, string? Number)> SubmitAsync(
        Guid fileId,
        AnswerSet clean,
        string actor,
        CancellationToken cancellationToken = default
    )
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            db.ChangeTracker.Clear();
            var file = await db
                .Files.Include(f => f.Revisions)
                .Include(f => f.Events)
                .SingleAsync(f => f.Id == fileId, cancellationToken);
            if (!file.IsDraft)
            {
                return (SubmitOutcome.NotADraft, file.Number);
            }
            var version = await db.Versions.AsNoTracking().SingleAsync(v => v.Id == file.VersionId, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var year = ParisYear(now);
            var counter = await db.Counters.SingleOrDefaultAsync(c => c.Year == year, cancellationToken);
            if (counter is null)
            {
                counter = new FileCounter(year);
                db.Counters.Add(counter);
            }
            counter.Last++;
            var number = FileCounter.Format(year, counter.Last);
            file.Submit(number, clean, version.Workflow, actor, now);
            db.Raise(new FileSubmitted(file.Id, number), now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (SubmitOutcome.Submitted, number);
            }
            catch (DbUpdateException)
            {
                // Another submission took this number (or created the year's counter) first: try again
                // with the next one; a second submission of this very file ends as NotADraft.
            }
        }
        return (SubmitOutcome.Conflict, null);
    }

    private static int ParisYear(DateTime utc) => Bocage.Kernel.Time.ParisTime.ToParis(utc).Year;
}
