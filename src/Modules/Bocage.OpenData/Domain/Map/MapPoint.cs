namespace Bocage.OpenData.Domain.Map;

/// <summary>A point shown on the map and in its text alternative.</summary>
internal sealed record MapPoint(
    string Name,
    string? CommuneInsee,
    string CommuneName,
    double Latitude,
    double Longitude,
    string Category,
    string Details
);
