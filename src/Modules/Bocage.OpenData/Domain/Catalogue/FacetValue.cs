namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>A value of a facet, how many datasets have it, and whether it is selected.</summary>
internal sealed record FacetValue(string Value, string Label, int Count, bool Selected);
