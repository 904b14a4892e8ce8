namespace Bocage.OpenData.Domain.Broadband;

/// <summary>A point of a layer near the address, and how far it is.</summary>
internal sealed record NearbyPoint(string Name, double Km);
