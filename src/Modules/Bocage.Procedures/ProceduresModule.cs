using Bocage.Kernel.Accounts;
using Bocage.Kernel.Data;
using Bocage.Kernel.Modules;
using Bocage.Kernel.Outbox;
using Bocage.Payments.Contracts;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Filing;
using Bocage.Procedures.Seed;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bocage.Procedures;

/// <summary>The Procedures engine (online procedures).</summary>
public sealed class ProceduresModule : IModule
{
    /// <summary>Agents who instruct files, per commune or service.</summary>
    public const string Instruct = "procedures.instruct";

    /// <summary>Origin of the invoices this engine asks for (<see cref="IInvoicing"/>).</summary>
    public const string InvoiceOrigin = "Procedures";

    public string Name => "Procedures";

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(Instruct, "Permission_ProceduresInstruct"),
        new(Domain.Designer.DesignerService.Permission, "PermissionDesign"),
    ];

    public IReadOnlyList<MenuEntry> Menu { get; } =
    [
        new("NavProcedures", "/demarches", "R01"),
        new("HomeTaskProcedure", "/demarches", "R01", HomeHintKey: "HomeTaskProcedureHint"),
        new("HomeTaskFollow", "/demarches/suivi", "R01", HomeHintKey: "HomeTaskFollowHint"),
        new("NavMyFiles", "/demarches/mes-dossiers", "R01", InAccount: true),
        new("NavProceduresInbox", "/gestion/demarches", "R01", Instruct),
        new("NavProceduresDesign", "/gestion/demarches/conception", "R01", Domain.Designer.DesignerService.Permission),
    ];

    public IReadOnlyList<ProcessingActivity> ProcessingActivities => Domain.ProceduresProcessing.All;

    /// <summary>
    /// Applicants find, fill, submit and follow procedures; agents instruct them (R01, R25 with mediators under
    /// mandate). Partial: see docs/procedures.md.
    /// </summary>
    public DateOnly? OnlineSince { get; } = new(2026, 11, 29);

    public IReadOnlyDictionary<string, RoadmapStatus> RoadmapActions { get; } =
        new Dictionary<string, RoadmapStatus> { ["R01"] = RoadmapStatus.Partial, ["R25"] = RoadmapStatus.Partial };

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.AddEngineDb<ProceduresDb>(ProceduresDb.SchemaName);
        var services = builder.Services;
        services.AddScoped<FormLists>();
        services.AddScoped<FileDocuments>();
        services.AddScoped<Submission>();
        services.AddScoped<FileStart>();
        services.AddScoped<Attachments>();
        services.AddScoped<Areas.Procedures.Pages.Demarches.ApplicantFileServices>();
        services.AddScoped<Areas.Procedures.Pages.Demarches.FillRequestLimits>();
        services.AddScoped<Areas.Procedures.Pages.Demarches.FillRequestLimitsFilter>();
        services.AddScoped<Areas.Procedures.Pages.Gestion.AgentFileLoader>();
        services.AddScoped<Transitions>();
        services.AddScoped<Assignment>();
        services.AddScoped<TransitionEffects>();
        services.AddScoped<FileMails>();
        services.AddScoped<Applicants>();
        services.AddScoped<Inbox>();
        services.AddHttpClient("procedures-webhooks", c => c.Timeout = TimeSpan.FromSeconds(5));
        services.AddDomainEventHandler<FileSubmitted, ReceiptHandler>();
        services.AddDomainEventHandler<InvoiceSettled, InvoiceSettledHandler>();
        services.AddScoped<IPersonalDataSource, FilesPersonalData>();
        services.AddScoped<Bocage.Kernel.Search.ISearchSource, Domain.Catalogue.ProceduresSearchSource>();
        services.AddScoped<Bocage.Kernel.Dashboard.IDashboardSource, Domain.Designer.Statistics.FilesDashboard>();
        Domain.Designer.DesignerSetup.AddDesigner(services);
        services.AddSingleton(Domain.Designer.Statistics.ProcedureStatistics.Dataset);
    }

    public void MapEndpoints(IEndpointRouteBuilder app) { }

    public async Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await DemoFiles.SeedAsync(services, cancellationToken);
        await DesignerDemos.SeedAsync(services, cancellationToken);
        await DemoAttachments.SeedAsync(services, cancellationToken);
    }
}
