using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bocage.Kernel.Search;

/// <summary>
/// A public document in the search index (<c>kernel.search_entries</c>). The full-text part lives beside it:
/// on PostgreSQL a GIN index over its French vector, on SQLite the FTS5 table <c>kernel_search_fts</c> kept by
/// triggers (migration SiteSearch).
/// </summary>
public sealed class SearchEntry
{
    public long Id { get; private set; }

    public string Kind { get; set; } = "";

    public string Key { get; set; } = "";

    public string Title { get; set; } = "";

    public string Href { get; set; } = "";

    public string Summary { get; set; } = "";

    public string Text { get; set; } = "";

    public SearchDocument ToDocument() => new(Kind, Key, Title, Href, Summary, Text);

    internal static void Configure(EntityTypeBuilder<SearchEntry> e)
    {
        e.ToTable("search_entries");
        e.HasIndex(s => new { s.Kind, s.Key }).IsUnique();
        e.Property(s => s.Kind).HasMaxLength(40);
        e.Property(s => s.Key).HasMaxLength(200);
        e.Property(s => s.Title).HasMaxLength(400);
        e.Property(s => s.Href).HasMaxLength(400);
        e.Property(s => s.Summary).HasMaxLength(1000);
    }
}
