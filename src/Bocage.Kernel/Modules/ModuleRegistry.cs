namespace Bocage.Kernel.Modules;

/// <summary>The modules enabled for this territory, in registration order.</summary>
public sealed class ModuleRegistry
{
    public ModuleRegistry(IReadOnlyList<IModule> modules)
    {
        // A menu entry names the roadmap action it serves; one the engine does not declare is a typo that would
        // silently drop the entry from the home page.
        var stray = modules
            .SelectMany(m =>
                m.Menu.Where(e => !m.RoadmapActions.ContainsKey(e.ActionId))
                    .Select(e => $"{m.Name} {e.Path} {e.ActionId}")
            )
            .ToList();
        if (stray.Count > 0)
        {
            throw new InvalidOperationException(
                $"Menu entries name roadmap actions their engine does not serve: {string.Join(", ", stray)}"
            );
        }
        Modules = modules;
    }

    public IReadOnlyList<IModule> Modules { get; }

    public IEnumerable<MenuEntry> Menu => Modules.SelectMany(m => m.Menu);

    /// <summary>
    /// The entries of the site's menu: public, not a page of the person's own things, not a home task.
    /// </summary>
    public IEnumerable<MenuEntry> SiteMenu =>
        Menu.Where(m => m.Permission is null && !m.InAccount && m.HomeHintKey is null);

    /// <summary>What people come for, first on the home page: public tasks the engines name.</summary>
    public IEnumerable<MenuEntry> HomeTasks => Menu.Where(m => m.Permission is null && m.HomeHintKey is not null);

    /// <summary>The pages of a person's own things the engines offer, for the account's page.</summary>
    public IEnumerable<MenuEntry> AccountMenu => Menu.Where(m => m.InAccount);

    /// <summary>The public entries serving one of these roadmap actions, in registration order.</summary>
    public IEnumerable<MenuEntry> PublicMenuFor(IEnumerable<string> actionIds)
    {
        var wanted = actionIds.ToHashSet(StringComparer.Ordinal);
        return SiteMenu.Where(m => wanted.Contains(m.ActionId));
    }

    /// <summary>The best status any engine gives to an action; planned when none serves it.</summary>
    public RoadmapStatus StatusOf(string actionId) =>
        Modules
            .Select(m => m.RoadmapActions.GetValueOrDefault(actionId, RoadmapStatus.Planned))
            .DefaultIfEmpty(RoadmapStatus.Planned)
            .Max();

    /// <summary>Names of the enabled engines serving an action.</summary>
    /// <summary>The engines serving an action, with how far each one does.</summary>
    public IEnumerable<(IModule Engine, RoadmapStatus Status)> ServiceOf(string actionId) =>
        Modules.Where(m => m.RoadmapActions.ContainsKey(actionId)).Select(m => (m, m.RoadmapActions[actionId]));

    public IEnumerable<string> EnginesServing(string actionId) =>
        Modules.Where(m => m.RoadmapActions.ContainsKey(actionId)).Select(m => m.Name);
}
