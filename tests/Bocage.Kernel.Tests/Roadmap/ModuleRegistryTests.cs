using Bocage.Kernel.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Bocage.Kernel.Tests.Roadmap;

public sealed class ModuleRegistryTests
{
    private sealed class FakeEngine(string name, Dictionary<string, RoadmapStatus> actions, string? menuAction = null)
        : IModule
    {
        public string Name => name;
        public IReadOnlyList<PermissionDefinition> Permissions => [];
        public IReadOnlyList<MenuEntry> Menu =>
            [
                new($"Menu_{name}", $"/{name}", menuAction ?? actions.Keys.First()),
                new($"Menu_{name}_gestion", $"/gestion/{name}", actions.Keys.First(), "x.manage"),
            ];
        public IReadOnlyList<ProcessingActivity> ProcessingActivities => [];
        public IReadOnlyDictionary<string, RoadmapStatus> RoadmapActions => actions;
        public DateOnly? OnlineSince => new(2026, 11, 29);

        public void AddServices(IHostApplicationBuilder builder) { }

        public void MapEndpoints(IEndpointRouteBuilder app) { }

        public Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private static readonly ModuleRegistry Registry = new([
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
        Assert.Equal(
            ["/bookings", "/gestion/bookings", "/payments", "/gestion/payments"],
            Registry.Menu.Select(m => m.Path)
        );

    [Fact]
    public void Lists_the_public_entries_serving_some_roadmap_actions_in_registration_order()
    {
        var registry = new ModuleRegistry([
            new FakeEngine(
                "bookings",
                new() { ["R03"] = RoadmapStatus.Partial, ["R06"] = RoadmapStatus.Available },
                "R06"
            ),
            new FakeEngine("payments", new() { ["R03"] = RoadmapStatus.Available }),
        ]);

        Assert.Equal(["/bookings", "/payments"], registry.PublicMenuFor(["R03", "R06"]).Select(m => m.Path));
        Assert.Equal(["/payments"], registry.PublicMenuFor(["R03"]).Select(m => m.Path));
        Assert.Empty(registry.PublicMenuFor(["R29"]));
    }

    [Fact]
    public void Refuses_a_menu_entry_naming_an_action_its_engine_does_not_serve()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new ModuleRegistry([new FakeEngine("bookings", new() { ["R03"] = RoadmapStatus.Partial }, "R99")])
        );

        Assert.Contains("bookings /bookings R99", error.Message);
    }
}
