namespace Bocage.Web;

/// <summary>Anchor type of the shared resource files (Resources/SharedResource.*.resx).</summary>
public sealed class SharedResource;
