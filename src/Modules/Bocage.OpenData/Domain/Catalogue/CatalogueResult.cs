namespace Bocage.OpenData.Domain.Catalogue;

internal sealed record CatalogueResult(IReadOnlyList<DatasetSummary> Datasets, IReadOnlyList<Facet> Facets, int Total);
