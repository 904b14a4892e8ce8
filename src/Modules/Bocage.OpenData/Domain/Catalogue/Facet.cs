namespace Bocage.OpenData.Domain.Catalogue;

internal sealed record Facet(string Key, IReadOnlyList<FacetValue> Values);
