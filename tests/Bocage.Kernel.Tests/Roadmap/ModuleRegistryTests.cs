using Bocage.Kernel.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Bocage.Kernel.Tests.Roadmap;

public sealed class ModuleRegistryTests
{
    private sealed class FakeEngine(string name, Dictionary<string, RoadmapStatus> actions) : IModule
    {
        public string Name => name;
        public IReadOnlyList<PermissionDefinition> Permissions => [];
        public IReadOnlyList<MenuEntry> Menu => [new($"Menu_{name}", $"/{name}", "Mobilités")];
        public IReadOnlyList<ProcessingActivity> ProcessingActivities => [];
        public IReadOnlyDictionary<string, RoadmapStatus> RoadmapActions => actions;
        public void AddServices(IHostApplicationBuilder builder) { }
        public void MapEndpoints(IEndpointRouteBuilder app) { }
        public Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private static readonly ModuleRegistry Registry = new(
    [
        new FakeEngine("bookings", new() { ["R03"] = RoadmapStatus.Partial, ["R06"] = RoadmapStatus.Available }),
        new FakeEngine("payments", new() { ["R03"] = RoadmapStatus.Available }),
    ]);

    [Fact]
    public void An_action_no_engine_serves_is_planned() =>
        Assert.Equal(RoadmapStatus.Planned, Registry.StatusOf("R29"));

    [Fact]
    public void An_action_takes_the_best_status_any_engine_gives() =>
        Assert.Equal(RoadmapStatus.Available, Registry.StatusOf("R03"));

    [Fact]
    public void Lists_the_engines_serving_an_action() =>
        Assert.Equal(["bookings", "payments"], Registry.EnginesServing("R03"));

    [Fact]
    public void Gathers_the_menu_of_every_engine() =>
        Assert.Equal(["/bookings", "/payments"], Registry.Menu.Select(m => m.Path));
}
