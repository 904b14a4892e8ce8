namespace Bocage.Data;

/// <summary>Anchor type of the engine's texts (Resources/DataResource.*.resx).</summary>
internal sealed class DataResource;
