namespace Bocage.Kernel.Roadmap;

/// <summary>One of the actions of the territory's digital roadmap (SDUS), e.g. R01.</summary>
public sealed class RoadmapAction
{
    public string Id { get; private set; } = "";

    public string Pillar { get; private set; } = "";

    public string Axis { get; private set; } = "";

    public string Field { get; private set; } = "";

    public string Objective { get; private set; } = "";

    public string Action { get; private set; } = "";

    /// <summary>Tags separated by '|', as in the roadmap file.</summary>
    public string Tags { get; private set; } = "";

    /// <summary>Engines the design assigns to the action, separated by ','.</summary>
    public string Engines { get; private set; } = "";

    public RoadmapAction(
        string id,
        string pillar,
        string axis,
        string field,
        string objective,
        string action,
        string tags,
        string engines
    )
    {
        Id = id;
        Update(pillar, axis, field, objective, action, tags, engines);
    }

    private RoadmapAction() { }

    public IReadOnlyList<string> TagList =>
        Tags.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public void Update(
        string pillar,
        string axis,
        string field,
        string objective,
        string action,
        string tags,
        string engines
    )
    {
        Pillar = pillar;
        Axis = axis;
        Field = field;
        Objective = objective;
        Action = action;
        Tags = tags;
        Engines = engines;
    }
}
