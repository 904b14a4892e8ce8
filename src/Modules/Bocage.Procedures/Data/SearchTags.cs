using Bocage.Kernel.Permissions;
using Bocage.Procedures.Domain.Filing;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Procedures.Data;

/// <summary>
/// SQLite only: the procedure, state and commune of each file are indexed in the FTS5 search table as
/// tags (migration InboxSearchTags), so a word search is narrowed inside the index. A tag is one trigram
/// of private-use characters (a kind, then a 24-bit code numbered in <c>procedures_search_tags</c>): no
/// answer contains one. A filter whose tag was never numbered narrows nothing here; the query's own
/// filters still decide.
/// </summary>
internal sealed class SearchTags(ProceduresDb db)
{
    private const char Procedure = '\uF001';
    private const char State = '\uF002';
    private const char Commune = '\uF003';
    private const char CodeBase = '\uE000';

    /// <summary>An FTS5 phrase in one column: the words as typed, quotes doubled.</summary>
    public static string Phrase(string column, string words) => $"{column} : \"{words.Replace("\"", "\"\"")}\"";

    /// <summary>The tag of a code: three private-use characters, one trigram.</summary>
    public static string Tag(char kind, long code) =>
        new([kind, (char)(CodeBase + (code >> 12 & 0xFFF)), (char)(CodeBase + (code & 0xFFF))]);

    /// <summary>" AND tags : …" for the procedure, the state and the agent's communes that have a tag.</summary>
    public async Task<string> NarrowingAsync(AccessScope scope, InboxFilter filter, CancellationToken cancellationToken)
    {
        var wanted = new List<(string Kind, string Value)>();
        if (filter.Procedure is { } procedure)
        {
            // Stored as EF Core writes a Guid on SQLite: upper-case text.
            wanted.Add(("p", procedure.ToString().ToUpperInvariant()));
        }
        if (!string.IsNullOrEmpty(filter.State))
        {
            wanted.Add(("s", filter.State));
        }
        if (!scope.Everything)
        {
            wanted.AddRange(scope.Communes.Select(c => ("c", c)));
        }
        if (wanted.Count == 0)
        {
            return "";
        }
        var values = wanted.Select(w => w.Value).Distinct().ToList();
        var codes = await db
            .Database.SqlQueryRaw<TagCode>(
                "SELECT kind AS \"Kind\", value AS \"Value\", code AS \"Code\" FROM procedures_search_tags"
            )
            .Where(t => values.Contains(t.Value))
            .ToListAsync(cancellationToken);
        var known = codes.Where(c => wanted.Contains((c.Kind, c.Value))).ToList();
        var narrowing = known
            .Where(c => c.Kind == "p")
            .Select(c => Tag(Procedure, c.Code))
            .Concat(known.Where(c => c.Kind == "s").Select(c => Tag(State, c.Code)))
            .Select(t => $" AND tags : \"{t}\"");
        var communes = known.Where(c => c.Kind == "c").Select(c => $"tags : \"{Tag(Commune, c.Code)}\"").ToList();
        // A commune with no tag has no file yet: leaving it out of the alternatives misses nothing.
        var communesNarrow = communes.Count > 0 && !scope.Everything ? $" AND ({string.Join(" OR ", communes)})" : "";
        return string.Concat(narrowing) + communesNarrow;
    }

    private sealed record TagCode(string Kind, string Value, long Code);
}
