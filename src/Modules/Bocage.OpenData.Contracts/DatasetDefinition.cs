namespace Bocage.OpenData.Contracts;

/// <summary>
/// A public dataset an engine declares; the open-data engine publishes it, refreshed from <see cref="Rows"/>.
/// An engine declares one by registering it as a singleton: <c>services.AddSingleton(new DatasetDefinition(…))</c>;
/// a switched-off engine registers nothing, so its datasets are not refreshed.
/// </summary>
/// <param name="Engine">Name of the declaring engine (its module name), kept with the published dataset.</param>
/// <param name="Slug">Stable address part, e.g. <c>communes</c>.</param>
/// <param name="Title">French title.</param>
/// <param name="Rows">Produces the rows, one dictionary per row, streamed.</param>
public sealed record DatasetDefinition(
    string Engine,
    string Slug,
    string Title,
    Func<IServiceProvider, CancellationToken, IAsyncEnumerable<IReadOnlyDictionary<string, object?>>> Rows
)
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

    /// <summary>
    /// Name of an official SCDL schema the open-data engine holds (<c>equipements</c>): its fields replace
    /// <see cref="Fields"/>, and the dataset's page and API say the data follows it. Rows use its column names.
    /// </summary>
    public string? SchemaName { get; init; }

    /// <summary>Name of a column holding a GeoJSON geometry, for the GeoJSON export and the map.</summary>
    public string? GeometryField { get; init; }
}
