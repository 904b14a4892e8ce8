using Bocage.Kernel.Data;
using Bocage.Kernel.Modules;
using Bocage.Kernel.Web;
using Bocage.Places.Api;
using Bocage.Places.Data;
using Bocage.Places.Domain.Directory;
using Bocage.Places.Domain.Export;
using Bocage.Places.Seed;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bocage.Places;

/// <summary>
/// The Places engine: one directory of the territory (tourism, business, public services, mediation, health) and
/// its circuits, with their pages, the map layers, the national mediation schema and GPX/KML downloads.
/// </summary>
public sealed class PlacesModule : IModule
{
    /// <summary>Output cache of the directory's and circuits' pages for visitors not signed in.</summary>
    internal const string PublicPagePolicy = "places.public";

    public string Name => "Places";

    /// <summary>Permission of the agents who describe places, per commune (or the whole territory).</summary>
    public const string ManagePermission = "places.manage";

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [new(ManagePermission, "Permission_PlacesManage")];

    public IReadOnlyList<MenuEntry> Menu { get; } =
    [
        new("NavDirectory", "/annuaire", "R14"),
        new("HomeTaskDirectory", "/annuaire", "R14", HomeHintKey: "HomeTaskDirectoryHint"),
        new("NavPlacesBackOffice", "/gestion/lieux", "R14", ManagePermission),
    ];

    // Places are public descriptions; what is personal is who proposed a change to a company's entry, and who
    // wrote to the business desk.
    public IReadOnlyList<ProcessingActivity> ProcessingActivities { get; } =
    [Domain.PlacesProcessing.CompanyEntries, Domain.PlacesProcessing.BusinessContact];

    /// <summary>
    /// The business directory and premises (R02), the tourism entry point (R03), health places (R06), the circuits
    /// (R14) and the mediation places in the national schema (R24); what is missing is in docs/places.md.
    /// </summary>
    public IReadOnlyDictionary<string, RoadmapStatus> RoadmapActions { get; } =
        new Dictionary<string, RoadmapStatus>
        {
            ["R02"] = RoadmapStatus.Partial,
            ["R03"] = RoadmapStatus.Partial,
            ["R06"] = RoadmapStatus.Partial,
            ["R14"] = RoadmapStatus.Partial,
            ["R24"] = RoadmapStatus.Partial,
        };

    public DateOnly? OnlineSince { get; } = new(2026, 12, 7);

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.AddEngineDb<PlacesDb>(PlacesDb.SchemaName);
        var services = builder.Services;
        services.AddScoped<PlaceDirectory>();
        services.AddScoped<PlaceWording>();
        services.AddScoped<Domain.Editing.PlaceScope>();
        services.AddScoped<Domain.Editing.PlaceEditor>();
        services.AddScoped<Domain.Editing.CircuitTracer>();
        services.AddScoped<Domain.Media.MediaUploader>();
        services.AddScoped<Domain.Media.MediaShelf>();
        services.AddScoped<Domain.Companies.CompanyEntries>();
        services.AddScoped<Domain.Companies.ChangeModeration>();
        services.AddScoped<Domain.Companies.ChangeMailer>();
        services.AddScoped<Domain.Business.BusinessDesk>();
        services.AddScoped<Domain.Import.PlaceImportFiles>();
        services.AddScoped<Domain.Import.PlaceImportPlanner>();
        services.AddScoped<Domain.Import.PlaceImport>();
        // The business desk's form is open to anyone: a per-address budget keeps it from being a mail cannon.
        var contacts = builder.Configuration.GetValue("RateLimits:BusinessContactPerMinute", 5);
        services.Configure<RateLimiterOptions>(o =>
            o.AddPerAddressFormLimit(Areas.Places.Pages.Entreprises.ContactModel.RateLimitPolicy, contacts)
        );
        services.AddScoped<Kernel.Accounts.IPersonalDataSource, Domain.Companies.PlaceChangePersonalData>();
        services.AddScoped<Contracts.IPlaceCatalog, PlaceCatalog>();
        services.AddScoped<Kernel.Search.ISearchSource, PlacesSearchSource>();
        services.AddPublicPagePolicy(
            PublicPagePolicy,
            "type",
            "commune",
            "theme",
            "q",
            "ouvert",
            "accessible",
            "page",
            "pratique"
        );
        services.AddSingleton(PlacesDatasets.Places);
        services.AddSingleton(PlacesDatasets.Circuits);
        services.AddSingleton(PlacesDatasets.Equipments);
        // The tourism and business homes are the directory's page with a section of its own.
        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AddAreaPageRoute("Places", "/Annuaire/Index", "/tourisme");
            o.Conventions.AddAreaPageRoute("Places", "/Annuaire/Index", "/entreprises");
            // A new place is described on the same page as an existing one, without its slug.
            o.Conventions.AddAreaPageRoute("Places", "/Gestion/Lieu", "/gestion/lieux/nouveau");
        });
    }

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        PlacesApi.Map(app);
        CircuitFilesApi.Map(app);
        PlaceMediaApi.Map(app);
    }

    public Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        PlacesDemo.SeedAsync(services, cancellationToken);
}
