namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>A dataset as listed: enough for the card and for the facets.</summary>
internal sealed record DatasetSummary(Dataset Dataset, string CommuneName, IReadOnlyList<string> Formats);
