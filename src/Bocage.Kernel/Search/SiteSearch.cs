namespace Bocage.Kernel.Search;

/// <summary>
/// The one search of the site: the public index, then (signed in) the person's own documents, grouped by kind.
/// </summary>
public sealed class SiteSearch(SearchIndex index, SearchFreshness freshness, IEnumerable<ISearchSource> sources)
{
    /// <summary>Enough for a page of results; more words narrow the search rather than page it.</summary>
    public const int Limit = 60;

    public async Task<IReadOnlyList<SearchGroup>> FindAsync(
        string words,
        string? accountId,
        CancellationToken cancellationToken
    )
    {
        var terms = SearchTerms.Of(words);
        if (terms.Count == 0)
        {
            return [];
        }
        await freshness.EnsureAsync(index, cancellationToken);
        var found = new List<SearchDocument>();
        if (accountId is not null)
        {
            foreach (var source in sources)
            {
                var own = await source.PersonalAsync(accountId, cancellationToken);
                found.AddRange(own.Where(d => SearchTerms.Matches(terms, $"{d.Title} {d.Summary} {d.Text}")));
            }
        }
        found.AddRange(await index.FindAsync(terms, Limit, cancellationToken));
        return SearchKinds
            .Order.Select(kind => new SearchGroup(kind, found.Where(d => d.Kind == kind).ToList()))
            .Where(g => g.Documents.Count > 0)
            .ToList();
    }
}

/// <summary>The results of one kind, best first.</summary>
public sealed record SearchGroup(string Kind, IReadOnlyList<SearchDocument> Documents);
