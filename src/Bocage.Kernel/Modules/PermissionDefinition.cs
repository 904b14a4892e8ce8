namespace Bocage.Kernel.Modules;

/// <summary>A permission an engine checks, e.g. <c>procedures.instruct</c>.</summary>
/// <param name="Key">Stable key stored in grants.</param>
/// <param name="LabelKey">Resource key of the label shown to administrators.</param>
public sealed record PermissionDefinition(string Key, string LabelKey);
