namespace Bocage.Kernel.Modules;

/// <summary>How far the platform serves a roadmap action.</summary>
public enum RoadmapStatus
{
    Planned = 0,
    Partial = 1,
    Available = 2,
}

/// <summary>A permission an engine checks, e.g. <c>procedures.instruct</c>.</summary>
/// <param name="Key">Stable key stored in grants.</param>
/// <param name="LabelKey">Resource key of the label shown to administrators.</param>
public sealed record PermissionDefinition(string Key, string LabelKey);

/// <summary>A link in the site menu.</summary>
/// <param name="LabelKey">Resource key of the label.</param>
/// <param name="Path">Public address, e.g. <c>/demarches</c>.</param>
/// <param name="Pillar">Roadmap pillar the entry belongs to, for grouping on the home page.</param>
/// <param name="Permission">Permission needed to see it; null for public entries.</param>
public sealed record MenuEntry(string LabelKey, string Path, string Pillar, string? Permission = null);

/// <summary>A public dataset declared by an engine; the Data engine publishes it.</summary>
/// <param name="Slug">Stable address part, e.g. <c>communes</c>.</param>
/// <param name="Title">French title.</param>
/// <param name="Rows">Produces the rows, one dictionary per row, streamed.</param>
public sealed record DatasetDefinition(
    string Slug,
    string Title,
    Func<IServiceProvider, CancellationToken, IAsyncEnumerable<IReadOnlyDictionary<string, object?>>> Rows)
{
    /// <summary>French description shown on the dataset's page.</summary>
    public string Description { get; init; } = "";

    /// <summary>Theme of the catalogue, e.g. « Territoire », « Économie ».</summary>
    public string Theme { get; init; } = "Territoire";

    /// <summary>Update frequency in the catalogue's words (« Annuelle », « Ponctuelle »…).</summary>
    public string Frequency { get; init; } = "Ponctuelle";

    /// <summary>Licence; Licence Ouverte 2.0 when null.</summary>
    public string? Licence { get; init; }

    /// <summary>Table Schema fields; inferred from the first row's values when null.</summary>
    public IReadOnlyList<DatasetField>? Fields { get; init; }

    /// <summary>Name of a column holding a GeoJSON geometry, for the GeoJSON export and the map.</summary>
    public string? GeometryField { get; init; }
}

/// <summary>A column of a published dataset, as a Table Schema field.</summary>
/// <param name="Name">Column name.</param>
/// <param name="Type">Table Schema type: string, integer, number, boolean, date, year.</param>
/// <param name="Title">French label; the name when empty.</param>
public sealed record DatasetField(string Name, string Type = "string", string Title = "");
