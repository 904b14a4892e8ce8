namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>What a visitor asks the catalogue: words and one value per facet, all from the query string.</summary>
internal sealed record CatalogueFilter(
    string? Q,
    string? Theme,
    string? Organisation,
    string? Commune,
    string? Format,
    string? Licence,
    string? Frequency
);
