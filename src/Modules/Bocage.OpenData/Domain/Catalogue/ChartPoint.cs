namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>One bar of a chart: a category (or a period) and its value.</summary>
internal sealed record ChartPoint(string Label, double Value);
