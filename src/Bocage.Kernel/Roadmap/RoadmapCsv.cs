using Bocage.Kernel.Seed;

namespace Bocage.Kernel.Roadmap;

/// <summary>Reads the roadmap file: id;pilier;axe;champ;objectif;action;tags;engines, spelled right.</summary>
public static class RoadmapCsv
{
    public static List<RoadmapAction> Read(TextReader reader) =>
        SemicolonCsv.Read(reader, f => new RoadmapAction(
            f("id"),
            RoadmapSpelling.Fix(f("pilier")),
            RoadmapSpelling.Fix(f("axe")),
            RoadmapSpelling.Fix(f("champ")),
            RoadmapSpelling.Fix(f("objectif")),
            RoadmapSpelling.Fix(f("action")),
            RoadmapSpelling.Fix(f("tags")),
            f("engines")
        ));
}
