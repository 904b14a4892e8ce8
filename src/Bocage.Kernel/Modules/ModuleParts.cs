namespace Bocage.Kernel.Modules;

/// <summary>How far the platform serves a roadmap action.</summary>
public enum RoadmapStatus
{
    Planned = 0,
    Partial = 1,
    Available = 2,
}
