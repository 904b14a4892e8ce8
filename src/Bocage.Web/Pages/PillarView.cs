using Bocage.Kernel.Modules;
using Bocage.Kernel.Roadmap;

namespace Bocage.Web.Pages;

/// <summary>A roadmap pillar with its actions and the services that already answer it.</summary>
public sealed record PillarView(string Name, IReadOnlyList<ActionView> Actions, IReadOnlyList<MenuEntry> Services)
{
    public static IReadOnlyList<PillarView> Group(IEnumerable<RoadmapAction> actions, ModuleRegistry modules) =>
        actions
            .GroupBy(a => a.Pillar)
            .Select(g => new PillarView(
                g.Key,
                g.Select(a => new ActionView(a, modules.StatusOf(a.Id))).ToList(),
                modules.PublicMenuFor(g.Select(a => a.Id)).ToList()
            ))
            .ToList();
}

public sealed record ActionView(RoadmapAction Action, RoadmapStatus Status);
