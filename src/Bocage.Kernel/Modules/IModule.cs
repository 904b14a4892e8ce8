using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Bocage.Kernel.Modules;

/// <summary>
/// An engine of the platform. Program.cs registers each one explicitly; the kernel asks every
/// engine the same questions so that menus, permissions, open data, demo data and the roadmap
/// stay in one place per engine.
/// </summary>
public interface IModule
{
    /// <summary>
    /// Short stable name, also the configuration key (<c>Modules:{Name}:Enabled</c>) and the database schema.
    /// </summary>
    string Name { get; }

    /// <summary>Registers services, the engine's DbContext and options.</summary>
    void AddServices(IHostApplicationBuilder builder);

    /// <summary>Maps machine APIs; pages are found in the engine's Razor area.</summary>
    void MapEndpoints(IEndpointRouteBuilder app);

    /// <summary>Permissions the engine checks, to be granted per commune or service.</summary>
    IReadOnlyList<PermissionDefinition> Permissions { get; }

    /// <summary>Entries of the public and back-office menus.</summary>
    IReadOnlyList<MenuEntry> Menu { get; }

    /// <summary>Roadmap actions (R01…R29) this engine serves, with how far.</summary>
    IReadOnlyDictionary<string, RoadmapStatus> RoadmapActions { get; }

    /// <summary>
    /// The day the engine's services opened to the public: the roadmap says « disponible depuis novembre 2026 »;
    /// null while it is being built.
    /// </summary>
    DateOnly? OnlineSince { get; }

    /// <summary>What the engine does with personal data, for the register of processing activities.</summary>
    IReadOnlyList<ProcessingActivity> ProcessingActivities { get; }

    /// <summary>Inserts the demo data of the territory; must be idempotent.</summary>
    Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken);
}
