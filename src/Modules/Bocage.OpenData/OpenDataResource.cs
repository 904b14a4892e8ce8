namespace Bocage.OpenData;

/// <summary>Anchor type of the engine's texts (Resources/OpenDataResource.*.resx).</summary>
internal sealed class OpenDataResource;
