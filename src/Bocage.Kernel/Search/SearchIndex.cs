using System.Globalization;
using Bocage.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace Bocage.Kernel.Search;

/// <summary>
/// The public documents of every engine in one table, searched in full text: on PostgreSQL with the French
/// configuration over unaccented words (stems, weighted title first), on SQLite with FTS5 (accents removed by
/// its tokenizer, plurals by <see cref="SearchTerms"/>). Refreshing compares with what the engines offer now.
/// </summary>
public sealed class SearchIndex(KernelDb db, IEnumerable<ISearchSource> sources)
{
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        // The index speaks French whatever the language of the request that refreshed it: the sources' texts are
        // read in this culture (it flows into them and not back to the request).
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr");
        var wanted = new Dictionary<(string, string), SearchDocument>();
        foreach (var source in sources)
        {
            foreach (var document in await source.PublicAsync(cancellationToken))
            {
                wanted.TryAdd((document.Kind, document.Key), document);
            }
        }
        foreach (var entry in await db.SearchEntries.ToListAsync(cancellationToken))
        {
            if (wanted.Remove((entry.Kind, entry.Key), out var document))
            {
                Fill(entry, document);
            }
            else
            {
                db.SearchEntries.Remove(entry);
            }
        }
        foreach (var document in wanted.Values)
        {
            var entry = new SearchEntry { Kind = document.Kind, Key = document.Key };
            Fill(entry, document);
            db.SearchEntries.Add(entry);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node refreshed the same entries at the same moment: its version stands.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Every public page of the index, once (anchors dropped: one page for its sections), sorted: the site map.
    /// </summary>
    public async Task<IReadOnlyList<string>> PublicPathsAsync(CancellationToken cancellationToken)
    {
        var hrefs = await db.SearchEntries.AsNoTracking().Select(e => e.Href).ToListAsync(cancellationToken);
        return hrefs
            .Select(h => h.Split('#')[0])
            .Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The best public documents for the terms, most relevant first.</summary>
    public async Task<IReadOnlyList<SearchDocument>> FindAsync(
        IReadOnlyList<string> terms,
        int limit,
        CancellationToken cancellationToken
    )
    {
        if (terms.Count == 0)
        {
            return [];
        }
        var entries = db.Database.IsNpgsql() ? InPostgres(terms, limit) : InSqlite(terms, limit);
        return (await entries.AsNoTracking().ToListAsync(cancellationToken)).Select(e => e.ToDocument()).ToList();
    }

    private IQueryable<SearchEntry> InPostgres(IReadOnlyList<string> terms, int limit)
    {
        var query = string.Join(" & ", terms.Select(t => t + ":*"));
        return db.SearchEntries.FromSqlInterpolated(
            $"""
            SELECT * FROM kernel.search_entries
            WHERE kernel.search_vector(title, text) @@ to_tsquery('french', {query})
            ORDER BY ts_rank(kernel.search_vector(title, text), to_tsquery('french', {query})) DESC, title
            LIMIT {limit}
            """
        );
    }

    private IQueryable<SearchEntry> InSqlite(IReadOnlyList<string> terms, int limit)
    {
        // Terms hold only ASCII letters and digits: each one quoted is a safe FTS5 prefix query.
        var match = string.Join(" ", terms.Select(t => $"\"{t}\"*"));
        return db.SearchEntries.FromSqlInterpolated(
            $"""
            SELECT e.* FROM kernel_search_entries e JOIN kernel_search_fts f ON f.rowid = e.id
            WHERE kernel_search_fts MATCH {match}
            ORDER BY bm25(kernel_search_fts, 10.0, 1.0), e.title
            LIMIT {limit}
            """
        );
    }

    private static void Fill(SearchEntry entry, SearchDocument document)
    {
        entry.Title = Clip(document.Title, 400);
        entry.Href = Clip(document.Href, 400);
        entry.Summary = Clip(document.Summary ?? "", 1000);
        // The summary finds as much as the words: both go to the full-text column.
        entry.Text = $"{document.Summary} {document.Text}".Trim();
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}
