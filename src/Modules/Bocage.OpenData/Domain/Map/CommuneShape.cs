namespace Bocage.OpenData.Domain.Map;

/// <summary>A commune's shape with the figure of the chosen indicator, if any.</summary>
internal sealed record CommuneShape(
    string Insee,
    string Name,
    string Slug,
    IReadOnlyList<(double Lon, double Lat)> Ring,
    double? Value,
    string Display,
    string? Colour
);
