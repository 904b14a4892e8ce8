using Bocage.Kernel.Permissions;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Files;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Domain.Filing;

/// <summary>
/// The agent's inbox: submitted files of the communes in their scope, filtered, newest first, by pages of <see
/// cref="PageSize"/>.
/// </summary>
internal sealed class Inbox(ProceduresDb db)
{
    public const int PageSize = 25;

    private const int MaxQueryLength = 100;

    /// <summary>
    /// Files the scope reaches: every file for the territory's agents, those of their communes for the others.
    /// </summary>
    public IQueryable<ProcedureFile> Reachable(AccessScope scope)
    {
        var files = db.Files.AsNoTracking().Where(f => f.StateKind != StateKind.Draft);
        if (scope.Everything)
        {
            return files;
        }
        var communes = scope.Communes.ToList();
        return files.Where(f => f.CommuneInsee != null && communes.Contains(f.CommuneInsee));
    }

    /// <summary>A page and the cursor of the next one (null on the last page).</summary>
    public async Task<(List<InboxRow> Rows, InboxCursor? Next)> PageAsync(
        AccessScope scope,
        InboxFilter filter,
        CancellationToken cancellationToken = default
    )
    {
        var query = await FilteredAsync(Reachable(scope), scope, filter, cancellationToken);
        if (filter.After is { } after)
        {
            // Strictly after the last line shown, in the order below: equal times are told apart by id.
            query = query.Where(f =>
                f.SubmittedAt < after.SubmittedAt
                || (f.SubmittedAt == after.SubmittedAt && f.Id.CompareTo(after.Id) < 0)
            );
        }
        var rows = await query
            .OrderByDescending(f => f.SubmittedAt)
            .ThenByDescending(f => f.Id)
            .Select(f => new InboxRow(
                f.Id,
                f.Number,
                f.ProcedureId,
                f.StateKey,
                f.SubmittedAt,
                f.Assignee,
                f.ApplicantAccountId,
                f.ApplicantEmail
            ))
            .Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        if (rows.Count <= PageSize)
        {
            return (rows, null);
        }
        var last = rows[PageSize - 1];
        return (rows.Take(PageSize).ToList(), new InboxCursor(last.SubmittedAt!.Value, last.Id));
    }

    private async Task<IQueryable<ProcedureFile>> FilteredAsync(
        IQueryable<ProcedureFile> query,
        AccessScope scope,
        InboxFilter filter,
        CancellationToken cancellationToken
    )
    {
        if (filter.Procedure is { } procedure)
        {
            query = query.Where(f => f.ProcedureId == procedure);
        }
        if (!string.IsNullOrEmpty(filter.State))
        {
            query = query.Where(f => f.StateKey == filter.State);
        }
        if (filter.ToHandle)
        {
            query = query.Where(f => f.StateKind == StateKind.Submitted || f.StateKind == StateKind.InReview);
        }
        if (filter.From is { } from)
        {
            var start = Bocage.Kernel.Time.ParisTime.ToUtc(from.ToDateTime(TimeOnly.MinValue));
            query = query.Where(f => f.SubmittedAt >= start);
        }
        if (filter.To is { } to)
        {
            var end = Bocage.Kernel.Time.ParisTime.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue));
            query = query.Where(f => f.SubmittedAt < end);
        }
        if (!string.IsNullOrEmpty(filter.Assignee))
        {
            query =
                filter.Assignee == "-"
                    ? query.Where(f => f.Assignee == null)
                    : query.Where(f => f.Assignee == filter.Assignee);
        }
        return string.IsNullOrWhiteSpace(filter.Query)
            ? query
            : await SearchedAsync(query, filter.Query.Trim().ToLowerInvariant(), scope, filter, cancellationToken);
    }

    /// <summary>
    /// Words anywhere in the answers or the number (<c>SearchText</c> is stored lower case), through a trigram index on
    /// both databases.
    /// </summary>
    private async Task<IQueryable<ProcedureFile>> SearchedAsync(
        IQueryable<ProcedureFile> query,
        string words,
        AccessScope scope,
        InboxFilter filter,
        CancellationToken cancellationToken
    )
    {
        var bounded = words.Length > MaxQueryLength ? words[..MaxQueryLength] : words;
        var pattern = "%" + bounded.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
        if (db.Database.IsNpgsql())
        {
            return query.Where(f => EF.Functions.Like(f.SearchText, pattern, "\\"));
        }
        // A trigram phrase query finds the same substrings as LIKE, inside the index and several times faster
        // (LIKE re-reads every candidate); it needs three characters, shorter words go through LIKE. The
        // procedure, state and commune tags narrow it inside the index too; the filters above still apply.
        var found =
            bounded.Length >= 3
                ? db.FileSearch.FromSqlRaw(
                    "SELECT file_id, search_text FROM procedures_files_search WHERE procedures_files_search MATCH {0}",
                    SearchTags.Phrase("search_text", bounded)
                        + await new SearchTags(db).NarrowingAsync(scope, filter, cancellationToken)
                )
                : db.FileSearch.Where(s => EF.Functions.Like(s.SearchText, pattern, "\\"));
        var ids = found.Select(s => s.FileId);
        return query.Where(f => ids.Contains(f.Id));
    }
}
