using Bocage.Kernel.Data;
using Bocage.Kernel.Modules;
using Bocage.OpenData.Api;
using Bocage.OpenData.Data;
using Bocage.OpenData.Seed;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Bocage.OpenData;

/// <summary>The Data engine (open data, observatory and map).</summary>
public sealed partial class OpenDataModule : IModule
{
    /// <summary>Publish datasets of the organisations and communes of the grant.</summary>
    public const string PublishPermission = "data.publish";

    public string Name => "OpenData";

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [new(PublishPermission, "Catalogue_PermissionPublish"), .. ObservatoryPermissionDefinitions];

    public IReadOnlyList<MenuEntry> Menu { get; } =
    [
        new("Catalogue_Menu", "/donnees", "R04"),
        new("Catalogue_MenuPublish", "/gestion/donnees", "R04", PublishPermission),
        .. ObservatoryMenu,
    ];

    public IReadOnlyList<ProcessingActivity> ProcessingActivities { get; } = [.. ObservatoryProcessing];

    /// <summary>
    /// R04: the open-data catalogue, its API and producers' publication, and the observatory's indicators;
    /// R05 the map (SIG) linked to the observatory; R07 the broadband follow-up. See docs/data.md and
    /// docs/observatory.md for what is missing.
    /// </summary>
    public DateOnly? OnlineSince { get; } = new(2026, 11, 29);

    public IReadOnlyDictionary<string, RoadmapStatus> RoadmapActions { get; } =
        new Dictionary<string, RoadmapStatus>
        {
            ["R04"] = RoadmapStatus.Partial,
            ["R05"] = RoadmapStatus.Partial,
            ["R07"] = RoadmapStatus.Partial,
        };

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.AddEngineDb<OpenDataDb>(OpenDataDb.SchemaName);
        AddCatalogue(builder);
        AddObservatory(builder);
    }

    // The catalogue and API, and the observatory and map, register their services in their own folders.
    static partial void AddCatalogue(IHostApplicationBuilder builder);

    static partial void AddObservatory(IHostApplicationBuilder builder);

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        DataApi.Map(app);
        MapObservatoryEndpoints(app);
    }

    public async Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await CatalogueSeed.RunAsync(services, cancellationToken);
        await SeedObservatoryAsync(services, cancellationToken);
    }
}
