namespace Bocage.Skeleton;

/// <summary>Anchor type of the engine's texts (Resources/SkeletonResource.*.resx).</summary>
internal sealed class SkeletonResource;
