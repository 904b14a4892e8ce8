using Bocage.Kernel.Accounts;
using Bocage.Kernel.Data;
using Bocage.Kernel.Modules;
using Bocage.OpenData.Api;
using Bocage.OpenData.Data;
using Bocage.OpenData.Domain.Map;
using Bocage.OpenData.Domain.Observatory;
using Bocage.OpenData.Seed;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bocage.OpenData;

/// <summary>The observatory, the map and the broadband follow-up: services and demo data.</summary>
public sealed partial class OpenDataModule
{
    private static readonly PermissionDefinition[] ObservatoryPermissionDefinitions =
    [
        new(ObservatoryPermissions.Read, "Permission_DataObservatoryRead"),
        new(ObservatoryPermissions.Submit, "Permission_DataObservatorySubmit"),
        new(ObservatoryPermissions.Validate, "Permission_DataObservatoryValidate"),
        new(ObservatoryPermissions.ReviewCoverage, "Permission_DataBroadbandReview"),
    ];

    private static readonly MenuEntry[] ObservatoryMenu =
    [
        new("NavObservatory", "/observatoire", "R04"),
        new("NavMap", "/carte", "R05"),
        new("NavBroadband", "/couverture", "R07"),
        new("NavObservatorySubmit", "/gestion/observatoire/saisie", "R04", ObservatoryPermissions.Submit),
        new("NavObservatoryValidate", "/gestion/observatoire", "R04", ObservatoryPermissions.Validate),
        new("NavBroadbandReview", "/gestion/observatoire/signalements", "R07", ObservatoryPermissions.ReviewCoverage),
    ];

    private static readonly ProcessingActivity[] ObservatoryProcessing =
    [
        new(
            "Signalements de couverture numérique (fibre, 4G, wifi)",
            "Recenser les zones mal couvertes pour le suivi du déploiement du très haut débit (action R07) et les signaler aux opérateurs.",
            "Mission d'intérêt public (article 6-1-e du RGPD) : aménagement numérique du territoire.",
            "Habitants qui signalent un problème de couverture.",
            "Adresse, commune, technologie, description libre. Ni nom, ni compte, ni coordonnées : l'adresse est effacée dès la vérification par un agent.",
            "Agents habilités de la commune concernée ; publication anonymisée à l'échelle de la commune.",
            "Adresse : jusqu'à la vérification. Signalement anonymisé : 5 ans, durée du plan de déploiement.",
            "Accès par permission data.broadband.review limitée aux communes de l'agent, journal d'audit."
        ),
    ];

    static partial void AddObservatory(IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ObservatoryReader>();
        builder.Services.AddScoped<MapLayers>();
        builder.Services.AddScoped<CatalogueLayers>();
        builder.Services.AddScoped<ValueSubmissions>();
        builder.Services.AddScoped<Domain.Broadband.CoverageReports>();
        builder.Services.AddScoped<Domain.Broadband.CoverageAtAddress>();
        builder.Services.Configure<MapOptions>(builder.Configuration.GetSection(MapOptions.Section));
    }

    private static void MapObservatoryEndpoints(IEndpointRouteBuilder app) => MapApi.Map(app);

    private static async Task SeedObservatoryAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var kernel = services.GetRequiredService<KernelDb>();
        var db = services.GetRequiredService<OpenDataDb>();
        var communes = await kernel.Communes.AsNoTracking().ToListAsync(cancellationToken);
        await DemoIndicators.SeedAsync(db, communes, now, cancellationToken);
        await DemoMap.SeedAsync(kernel, db, cancellationToken);
        await Seed.DemoAddresses.SeedAsync(db, cancellationToken);
        await ObservatoryGrants.SeedAsync(services.GetRequiredService<AccountsDb>(), now, cancellationToken);
    }
}
