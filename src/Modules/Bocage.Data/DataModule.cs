using Bocage.Data.Api;
using Bocage.Data.Catalogue;
using Bocage.Kernel.Data;
using Bocage.Kernel.Modules;
using Bocage.Data.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Bocage.Data;

/// <summary>The Data engine (open data, observatory and map).</summary>
public sealed partial class DataModule : IModule
{
    /// <summary>Publish datasets of the organisations and communes of the grant.</summary>
    public const string PublishPermission = "data.publish";

    public string Name => "Data";

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(PublishPermission, "Catalogue_PermissionPublish"),
    ];

    public IReadOnlyList<MenuEntry> Menu { get; } =
    [
        new("Catalogue_Menu", "/donnees", "Accès aux services publics et marchands"),
        new("Catalogue_MenuPublish", "/gestion/donnees", "Accès aux services publics et marchands", PublishPermission),
    ];

    public IReadOnlyList<DatasetDefinition> Datasets { get; } = [];

    public IReadOnlyList<ProcessingActivity> ProcessingActivities { get; } = [];

    /// <summary>
    /// R04: the open-data catalogue, its API and producers' publication serve the observatory's
    /// "open, free, interactive" data; indicators come with the observatory half.
    /// </summary>
    public IReadOnlyDictionary<string, RoadmapStatus> RoadmapActions { get; } = new Dictionary<string, RoadmapStatus>
    {
        ["R04"] = RoadmapStatus.Partial,
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
        DataApi.Map(app);
    }

    public Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        CatalogueSeed.RunAsync(services, cancellationToken);
}
