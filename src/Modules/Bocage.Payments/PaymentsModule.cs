using Bocage.Kernel.Data;
using Bocage.Kernel.Modules;
using Bocage.Payments.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Bocage.Payments;

/// <summary>The Payments engine (invoices and online payment).</summary>
public sealed class PaymentsModule : IModule
{
    public string Name => "Payments";

    public IReadOnlyList<PermissionDefinition> Permissions { get; } = [];

    public IReadOnlyList<MenuEntry> Menu { get; } = [];

    public IReadOnlyList<DatasetDefinition> Datasets { get; } = [];

    public IReadOnlyList<ProcessingActivity> ProcessingActivities { get; } = [];

    public IReadOnlyDictionary<string, RoadmapStatus> RoadmapActions { get; } = new Dictionary<string, RoadmapStatus>();

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.AddEngineDb<PaymentsDb>(PaymentsDb.SchemaName);
    }

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
    }

    public Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}
