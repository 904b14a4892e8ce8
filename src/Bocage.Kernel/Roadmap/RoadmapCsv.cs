using Bocage.Kernel.Seed;

namespace Bocage.Kernel.Roadmap;

/// <summary>Reads the roadmap file: id;pilier;axe;champ;objectif;action;tags;engines.</summary>
public static class RoadmapCsv
{
    public static List<RoadmapAction> Read(TextReader reader) =>
        SemicolonCsv.Read(reader, f => new RoadmapAction(
            f("id"),
            f("pilier"),
            f("axe"),
            f("champ"),
            f("objectif"),
            f("action"),
            f("tags"),
            f("engines")
        ));
}
