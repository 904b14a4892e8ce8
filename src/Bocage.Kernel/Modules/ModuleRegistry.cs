namespace Bocage.Kernel.Modules;

/// <summary>The modules enabled for this territory, in registration order.</summary>
public sealed class ModuleRegistry(IReadOnlyList<IModule> modules)
{
    public IReadOnlyList<IModule> Modules { get; } = modules;

    public IEnumerable<MenuEntry> Menu => Modules.SelectMany(m => m.Menu);

    /// <summary>The best status any engine gives to an action; planned when none serves it.</summary>
    public RoadmapStatus StatusOf(string actionId) =>
        Modules.Select(m => m.RoadmapActions.GetValueOrDefault(actionId, RoadmapStatus.Planned))
            .DefaultIfEmpty(RoadmapStatus.Planned)
            .Max();

    /// <summary>Names of the enabled engines serving an action.</summary>
    public IEnumerable<string> EnginesServing(string actionId) =>
        Modules.Where(m => m.RoadmapActions.ContainsKey(actionId)).Select(m => m.Name);
}
