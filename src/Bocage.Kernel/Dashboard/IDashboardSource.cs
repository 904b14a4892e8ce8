namespace Bocage.Kernel.Dashboard;

/// <summary>
/// What an engine shows the elected officials on <c>/gestion/tableau-de-bord</c>: tables of its figures, in the
/// official's language, only for the communes their grant covers (and for the intercommunality's own services
/// when it covers the whole territory).
/// </summary>
public interface IDashboardSource
{
    Task<IReadOnlyList<DashboardTable>> TablesAsync(DashboardScope scope, CancellationToken cancellationToken);
}

/// <summary>
/// The communes an official may see (INSEE code → name), and whether they see the whole territory, whose
/// intercommunality is then a place of its own (its services, its régies).
/// </summary>
public sealed record DashboardScope(
    IReadOnlyDictionary<string, string> Communes,
    bool WholeTerritory,
    string IntercommunalityName
)
{
    /// <summary>The rows of a table by place: each commune, then the intercommunality (a null INSEE code).</summary>
    public IReadOnlyList<(string? Insee, string Name)> Places =>
        WholeTerritory
            ? [.. Communes.Select(c => ((string?)c.Key, c.Value)), (null, IntercommunalityName)]
            : [.. Communes.Select(c => ((string?)c.Key, c.Value))];
}
