using Bocage.Kernel.Data;
using Bocage.Kernel.Modules;
using Bocage.Data.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Bocage.Data;

/// <summary>The Data engine (open data, observatory and map).</summary>
public sealed partial class DataModule : IModule
{
    public string Name => "Data";

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        .. ObservatoryPermissionDefinitions,
    ];

    public IReadOnlyList<MenuEntry> Menu { get; } =
    [
        .. ObservatoryMenu,
    ];

    public IReadOnlyList<DatasetDefinition> Datasets { get; } = [];

    public IReadOnlyList<ProcessingActivity> ProcessingActivities { get; } =
    [
        .. ObservatoryProcessing,
    ];

    public IReadOnlyDictionary<string, RoadmapStatus> RoadmapActions { get; } = new Dictionary<string, RoadmapStatus>
    {
        // The map (SIG) linked to the observatory, and the broadband follow-up; see docs/observatory.md for what is missing.
        ["R05"] = RoadmapStatus.Partial,
        ["R07"] = RoadmapStatus.Partial,
    };

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.AddEngineDb<DataDb>(DataDb.SchemaName);
        AddCatalogue(builder);
        AddObservatory(builder);
    }

    // The catalogue and API, and the observatory and map, register their services in their own folders.
    static partial void AddCatalogue(IHostApplicationBuilder builder);

    static partial void AddObservatory(IHostApplicationBuilder builder);

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        MapObservatoryEndpoints(app);
    }

    public async Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await SeedObservatoryAsync(services, cancellationToken);
    }
}
