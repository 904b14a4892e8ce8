using Bocage.Kernel.Data;
using Bocage.Kernel.Modules;
using Bocage.Skeleton.Api;
using Bocage.Skeleton.Data;
using Bocage.Skeleton.Seed;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Bocage.Skeleton;

/// <summary>The Skeleton engine: say here, in one sentence, what it does for the territory.</summary>
public sealed class SkeletonModule : IModule
{
    public string Name => "Skeleton";

    // Labels of permissions and menu entries are keys of the host's texts
    // (src/Bocage.Web/Resources/SharedResource*.resx, tools/add-texts.py): add them there first.
    public IReadOnlyList<PermissionDefinition> Permissions { get; } = [];

    public IReadOnlyList<MenuEntry> Menu { get; } = [];

    // A new engine holds no personal data; declare each processing when it starts to.
    public IReadOnlyList<ProcessingActivity> ProcessingActivities { get; } = [];

    // Empty until the engine really serves an action: the README's roadmap table is checked against it.
    public IReadOnlyDictionary<string, RoadmapStatus> RoadmapActions { get; } = new Dictionary<string, RoadmapStatus>();

    // The day the engine's services open to the public, shown on the roadmap; null while it is being built.
    public DateOnly? OnlineSince => null;

    public void AddServices(IHostApplicationBuilder builder) => builder.AddEngineDb<SkeletonDb>(SkeletonDb.SchemaName);

    public void MapEndpoints(IEndpointRouteBuilder app) => ItemsApi.Map(app);

    public Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        SkeletonDemo.SeedAsync(services, cancellationToken);
}
