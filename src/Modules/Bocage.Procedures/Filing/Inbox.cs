using Bocage.Kernel.Permissions;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Files;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Filing;

/// <summary>What an agent filters the inbox by.</summary>
internal sealed record InboxFilter(Guid? Procedure, string? State, DateOnly? From, DateOnly? To, string? Assignee, string? Query, int Page = 1);

/// <summary>The agent's inbox: submitted files of the communes in their scope, filtered, newest first, by pages of <see cref="PageSize"/>.</summary>
internal sealed class Inbox(ProceduresDb db)
{
    public const int PageSize = 25;

    /// <summary>Files the scope reaches: every file for the territory's agents, those of their communes for the others.</summary>
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

    public async Task<(List<ProcedureFile> Files, bool HasMore)> PageAsync(AccessScope scope, InboxFilter filter, CancellationToken cancellationToken = default)
    {
        var query = Reachable(scope);
        if (filter.Procedure is { } procedure)
        {
            query = query.Where(f => f.ProcedureId == procedure);
        }
        if (!string.IsNullOrEmpty(filter.State))
        {
            query = query.Where(f => f.StateKey == filter.State);
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
            query = filter.Assignee == "-" ? query.Where(f => f.Assignee == null) : query.Where(f => f.Assignee == filter.Assignee);
        }
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            // SearchText is stored lower case; LIKE uses the trigram index on PostgreSQL.
            var term = "%" + Escape(filter.Query.Trim().ToLowerInvariant()) + "%";
            query = query.Where(f => EF.Functions.Like(f.SearchText, term, "\\"));
        }
        var page = Math.Clamp(filter.Page, 1, 10_000);
        var rows = await query.OrderByDescending(f => f.SubmittedAt).ThenByDescending(f => f.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        return (rows.Take(PageSize).ToList(), rows.Count > PageSize);
    }

    private static string Escape(string text)
    {
        var bounded = text.Length > 100 ? text[..100] : text;
        return bounded.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
    }
}
