namespace Bocage.Kernel.Search;

/// <summary>
/// What an engine offers to the one site search. Every engine with something to find registers one; the kernel
/// indexes the public documents (PostgreSQL full text in French, SQLite FTS5) and matches the personal ones at
/// query time, so a person's files never sit in a shared index.
/// </summary>
public interface ISearchSource
{
    /// <summary>What anyone may find: catalogue entries and pages, read in French (the index sets it).</summary>
    Task<IReadOnlyList<SearchDocument>> PublicAsync(CancellationToken cancellationToken);

    /// <summary>What only this signed-in person may find: their own files, invoices, bookings.</summary>
    Task<IReadOnlyList<SearchDocument>> PersonalAsync(string accountId, CancellationToken cancellationToken);
}
