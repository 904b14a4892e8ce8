using Bocage.Kernel.Data;
using Bocage.Kernel.Modules;
using Bocage.OpenData.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>
/// The territory's own datasets (its communes and its roadmap), read from the kernel. They keep the
/// kernel as their source engine, as they were first published under it.
/// </summary>
internal static class TerritoryDatasets
{
    public static readonly DatasetDefinition Communes = new(
        "Kernel",
        "communes",
        "Communes de la Communauté de Communes Sud Avesnois",
        CommuneRows
    );

    public static readonly DatasetDefinition Roadmap = new(
        "Kernel",
        "feuille-de-route",
        "Feuille de route numérique du territoire (SDUS)",
        RoadmapRows
    );

    private static async IAsyncEnumerable<IReadOnlyDictionary<string, object?>> CommuneRows(
        IServiceProvider services,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken
    )
    {
        var db = services.GetRequiredService<KernelDb>();
        await foreach (
            var c in db
                .Communes.AsNoTracking()
                .OrderBy(c => c.Name)
                .AsAsyncEnumerable()
                .WithCancellation(cancellationToken)
        )
        {
            yield return new Dictionary<string, object?>
            {
                ["insee"] = c.Insee,
                ["nom"] = c.Name,
                ["population"] = c.Population,
                ["source"] = c.PopulationSource,
            };
        }
    }

    private static async IAsyncEnumerable<IReadOnlyDictionary<string, object?>> RoadmapRows(
        IServiceProvider services,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken
    )
    {
        var db = services.GetRequiredService<KernelDb>();
        var registry = services.GetRequiredService<ModuleRegistry>();
        await foreach (
            var a in db
                .RoadmapActions.AsNoTracking()
                .OrderBy(a => a.Id)
                .AsAsyncEnumerable()
                .WithCancellation(cancellationToken)
        )
        {
            yield return new Dictionary<string, object?>
            {
                ["id"] = a.Id,
                ["pilier"] = a.Pillar,
                ["champ"] = a.Field,
                ["objectif"] = a.Objective,
                ["action"] = a.Action,
                ["tags"] = a.Tags,
                ["statut"] = registry.StatusOf(a.Id).ToString().ToLowerInvariant(),
            };
        }
    }
}
