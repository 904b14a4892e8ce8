using Bocage.Kernel.Accounts;
using Bocage.Kernel.Data;
using Bocage.Kernel.Modules;
using Bocage.Kernel.Outbox;
using Bocage.Kernel.Web;
using Bocage.Payments.Api;
using Bocage.Payments.Contracts;
using Bocage.Payments.Data;
using Bocage.Payments.Domain;
using Bocage.Payments.Domain.Imports;
using Bocage.Payments.Domain.Invoices;
using Bocage.Payments.Domain.PayFip;
using Bocage.Payments.Domain.Receipts;
using Bocage.Payments.Domain.Settlement;
using Bocage.Payments.Jobs;
using Bocage.Payments.Seed;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bocage.Payments;

/// <summary>
/// The Payments engine: invoices of every régie, online payment through PayFiP, receipts, reconciliation.
/// </summary>
public sealed class PaymentsModule : IModule
{
    /// <summary>
    /// Permission of the finance agents, per commune (or the whole territory for the intercommunality's régies).
    /// </summary>
    public const string ManagePermission = "payments.manage";

    /// <summary>
    /// Named HttpClient that speaks SOAP to PayFiP; a host may give it another transport (the embedded simulator).
    /// </summary>
    public const string PayFipHttpClient = PayFipSoapClient.HttpClientName;

    /// <summary>Where the host mounts the simulator when <c>Payments:PayFiP:EmbeddedSimulator</c> is true.</summary>
    public const string EmbeddedSimulatorPrefix = "/simulateur-payfip";

    public string Name => "Payments";

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [new(ManagePermission, "Permission_PaymentsManage")];

    public IReadOnlyList<MenuEntry> Menu { get; } =
    [
        new("Menu_Invoices", "/factures", "R01"),
        new("HomeTaskPay", "/factures/payer", "R01", HomeHintKey: "HomeTaskPayHint"),
        new("Menu_Invoices", "/factures", "R01", InAccount: true),
        new("Menu_InvoicesBackOffice", "/gestion/factures", "R01", ManagePermission),
    ];

    public IReadOnlyList<ProcessingActivity> ProcessingActivities { get; } = [PaymentsProcessing.Activity];

    /// <summary>
    /// Online payment of the intercommunality's and communes' invoices is the payment part of R01 (procedures online
    /// stay with Procedures).
    /// </summary>
    public DateOnly? OnlineSince { get; } = new(2026, 11, 29);

    public IReadOnlyDictionary<string, RoadmapStatus> RoadmapActions { get; } =
        new Dictionary<string, RoadmapStatus> { ["R01"] = RoadmapStatus.Partial };

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.AddEngineDb<PaymentsDb>(PaymentsDb.SchemaName);
        var services = builder.Services;
        services.ConfigureDbContext<PaymentsDb>(o => o.AddInterceptors(DurableSqlite.Instance));
        services
            .AddOptions<PayFipOptions>()
            .Bind(builder.Configuration.GetSection(PayFipOptions.Section))
            .PostConfigure(o =>
            {
                if (o.EmbeddedSimulator)
                {
                    // The host carries these calls to the simulator in-process; the address only names it.
                    o.Endpoint = $"http://payfip-simulateur.localhost{EmbeddedSimulatorPrefix}/tpa/services/securite";
                    o.PaymentPageUrl = $"{EmbeddedSimulatorPrefix}/tpa/paiementws.web?idop=";
                }
            });
        services.AddHttpClient<IPayFipClient, PayFipSoapClient>(PayFipSoapClient.HttpClientName);
        services.AddScoped<PaymentStarter>();
        services.AddScoped<PaymentRestart>();
        services.AddScoped<PaymentSettler>();
        services.AddSingleton<ResolvedAttempts>();
        services.AddSingleton<NotificationJournal>();
        services.AddHostedService(sp => sp.GetRequiredService<NotificationJournal>());
        services.AddScoped<InvoiceIssuer>();
        services.AddScoped<IInvoicing, Invoicing>();
        services.AddScoped<RegieAccess>();
        services.AddScoped<InvoiceViews>();
        services.AddScoped<ReceiptReader>();
        services.AddScoped<ReceiptPdf>();
        services.AddDomainEventHandler<PaymentConfirmed, ReceiptMailer>();
        services.AddScoped<Reconciliation>();
        services.AddScoped<InvoiceImport>();
        services.AddScoped<ImportQueue>();
        services.AddSingleton<ImportWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ImportWorker>());
        services.AddScoped<IPersonalDataSource, InvoicePersonalData>();
        services.AddScoped<Bocage.Kernel.Search.ISearchSource, Domain.Invoices.InvoicesSearchSource>();
        services.AddScoped<Bocage.Kernel.Dashboard.IDashboardSource, Domain.Receipts.PaymentsDashboard>();
        // Paying by reference is open to anyone: a per-address budget slows down guessing references.
        var perMinute = builder.Configuration.GetValue("RateLimits:PayByReferencePerMinute", 10);
        services.Configure<RateLimiterOptions>(o =>
            o.AddPerAddressFormLimit(Areas.Payments.Pages.Factures.PayerModel.RateLimitPolicy, perMinute)
        );
        // PayFiP's notifications are anonymous: a generous budget per address, so that a flood costs no
        // PayFiP lookups; a refused genuine one is caught up by the poller.
        var notifications = builder.Configuration.GetValue("RateLimits:PaymentNotificationsPerMinute", 120);
        services.Configure<RateLimiterOptions>(o =>
            o.AddPerAddressFormLimit(Api.NotificationEndpoint.RateLimitPolicy, notifications)
        );
        services.AddSingleton<PaymentPoller>();
        services.AddHostedService(sp => sp.GetRequiredService<PaymentPoller>());
    }

    public void MapEndpoints(IEndpointRouteBuilder app) => NotificationEndpoint.Map(app);

    public Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        PaymentsDemo.SeedAsync(services, cancellationToken);
}
