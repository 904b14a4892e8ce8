using Bocage.Kernel.Accounts;
using Bocage.Kernel.Audit;
using Bocage.Kernel.Data;
using Bocage.Kernel.Documents;
using Bocage.Kernel.Files;
using Bocage.Kernel.Mail;
using Bocage.Kernel.Modules;
using Bocage.Kernel.Outbox;
using Bocage.Kernel.Search;
using Bocage.Kernel.Seed;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Bocage.Kernel;

/// <summary>
/// The kernel as a module: territory, organisations, accounts, roadmap, audit log, outbox, uploaded files and outgoing
/// mail.
/// </summary>
public sealed class KernelModule : IModule
{
    public string Name => "Kernel";

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(Bocage.Kernel.Permissions.PermissionChecker.Administrator, "Permission_KernelAdmin"),
        new(AuditPermissions.Read, "Permission_AuditRead"),
        new(Mandates.MandateScopes.MediatorPermission, "Permission_Mediation"),
        new(DashboardPermissions.Read, "Permission_Dashboard"),
        new(Companies.CompanyPermissions.Verify, "Permission_CompanyVerify"),
        new(Territory.IdentityPermissions.Edit, "Permission_Identity"),
    ];

    public IReadOnlyList<MenuEntry> Menu { get; } =
    [
        new("Menu_CompaniesToVerify", "/gestion/entreprises", "R01", Companies.CompanyPermissions.Verify),
        new("Menu_Identity", "/gestion/identite", "R01", Territory.IdentityPermissions.Edit),
    ];

    public IReadOnlyList<ProcessingActivity> ProcessingActivities => KernelProcessing.All;

    /// <summary>
    /// Accounts (inhabitants, agents, FranceConnect-style identity) are the first part of R01; mandates
    /// for digital mediators are the first part of R25.
    /// </summary>
    public DateOnly? OnlineSince { get; } = new(2026, 11, 29);

    public IReadOnlyDictionary<string, RoadmapStatus> RoadmapActions { get; } =
        new Dictionary<string, RoadmapStatus> { ["R01"] = RoadmapStatus.Partial, ["R25"] = RoadmapStatus.Partial };

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.AddEngineDb<KernelDb>(KernelDb.SchemaName);
        builder.AddAccounts();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<AuditLog>();
        builder.AddOutbox();
        builder.AddFiles();
        builder.AddMail();
        builder.Services.AddSiteSearch();
        builder.Services.AddSingleton<IPdfRenderer, PdfRenderer>();
        builder.Services.AddSingleton<Territory.TerritoryNames>();
        builder.Services.AddScoped<Territory.IdentityEditor>();
        builder.Services.AddScoped<Territory.IdentityHolders>();
        builder.Services.AddScoped<Documents.DocumentEmblems>();
        builder.Services.AddSingleton<Territory.HeaderLook>();
        builder.Services.AddSingleton(Web.PublicSite.From(builder.Configuration));
    }

    public void MapEndpoints(IEndpointRouteBuilder app) { }

    public async Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await KernelSeed.RunAsync(services.GetRequiredService<KernelDb>(), cancellationToken);
        var (users, accounts, clock) = (
            services.GetRequiredService<UserManager<Account>>(),
            services.GetRequiredService<AccountsDb>(),
            services.GetRequiredService<TimeProvider>()
        );
        await DemoAccounts.SeedAsync(users, accounts, clock);
        await Companies.DemoCompanies.SeedAsync(users, accounts, clock);
        await Territory.DemoIdentities.SeedAsync(
            services.GetRequiredService<KernelDb>(),
            accounts,
            services.GetRequiredService<FileStore>(),
            clock.GetUtcNow().UtcDateTime,
            cancellationToken
        );
    }
}
