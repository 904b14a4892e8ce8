using Bocage.Kernel.Data;
using Bocage.Kernel.Modules;
using Bocage.Procedures.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Bocage.Procedures;

/// <summary>The Procedures engine (online procedures).</summary>
public sealed class ProceduresModule : IModule
{
    public string Name => "Procedures";

    public IReadOnlyList<PermissionDefinition> Permissions { get; } = [new(Designer.DesignerService.Permission, "PermissionDesign")];

    public IReadOnlyList<MenuEntry> Menu { get; } = [];

    public IReadOnlyList<DatasetDefinition> Datasets { get; } = [];

    public IReadOnlyList<ProcessingActivity> ProcessingActivities { get; } = [];

    public IReadOnlyDictionary<string, RoadmapStatus> RoadmapActions { get; } = new Dictionary<string, RoadmapStatus>();

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.AddEngineDb<ProceduresDb>(ProceduresDb.SchemaName);
        Designer.DesignerSetup.AddDesigner(builder.Services);
    }

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
    }

    public Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) => Seed.DemoProcedures.SeedAsync(services, cancellationToken);
}
