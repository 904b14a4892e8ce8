namespace Bocage.Places;

/// <summary>Anchor type of the engine's texts (Resources/PlacesResource.*.resx).</summary>
internal sealed class PlacesResource;
