using Bocage.Bookings.Api;
using Bocage.Bookings.Data;
using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Availability;
using Bocage.Bookings.Domain.Notices;
using Bocage.Bookings.Domain.Payment;
using Bocage.Bookings.Domain.Reserving;
using Bocage.Bookings.Jobs;
using Bocage.Bookings.Seed;
using Bocage.Kernel.Data;
using Bocage.Kernel.Modules;
using Bocage.Kernel.Outbox;
using Bocage.Kernel.Web;
using Bocage.Payments.Contracts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bocage.Bookings;

/// <summary>
/// The Bookings engine: rooms, studios, desks, machines, cabins and appointments of the whole territory, booked
/// by the slot in one place, with no double booking, mails with the calendar event, and reminders.
/// </summary>
public sealed class BookingsModule : IModule
{
    /// <summary>Permission of the agents who run places, per commune (or the whole territory).</summary>
    public const string ManagePermission = "bookings.manage";

    /// <summary>
    /// Output cache of the public pages for visitors who are not signed in (signed-in requests are never cached):
    /// ten seconds, so that a slot just taken shows taken soon, while a crowd reading a place costs one query.
    /// </summary>
    internal const string PublicPagePolicy = "bookings.public";

    public string Name => "Bookings";

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [new(ManagePermission, "Permission_BookingsManage")];

    public IReadOnlyList<MenuEntry> Menu { get; } =
    [
        new("NavBookings", "/reserver", "R12"),
        new("HomeTaskBook", "/reserver", "R12", HomeHintKey: "HomeTaskBookHint"),
        new("NavMyBookings", "/reserver/mes-reservations", "R12", InAccount: true),
        new("NavBookingsBackOffice", "/gestion/reservations", "R12", ManagePermission),
    ];

    public IReadOnlyList<ProcessingActivity> ProcessingActivities { get; } = [BookingsProcessing.Activity];

    /// <summary>
    /// The studio (R11), the third places (R12), the telemedicine cabins (R06), the mediation appointments (R24),
    /// the machines under a validated training (R19), the events and meetings (R20, R21), the trainings (R23, R28)
    /// and booking under a mandate (R25); payment and prices per audience are to come (docs/bookings.md).
    /// </summary>
    public IReadOnlyDictionary<string, RoadmapStatus> RoadmapActions { get; } =
        new Dictionary<string, RoadmapStatus>
        {
            ["R06"] = RoadmapStatus.Partial,
            ["R11"] = RoadmapStatus.Partial,
            ["R12"] = RoadmapStatus.Partial,
            ["R19"] = RoadmapStatus.Partial,
            ["R20"] = RoadmapStatus.Partial,
            ["R21"] = RoadmapStatus.Partial,
            ["R23"] = RoadmapStatus.Partial,
            ["R24"] = RoadmapStatus.Partial,
            ["R25"] = RoadmapStatus.Partial,
            ["R28"] = RoadmapStatus.Partial,
        };

    public DateOnly? OnlineSince { get; } = new(2026, 12, 7);

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.AddEngineDb<BookingsDb>(BookingsDb.SchemaName);
        var services = builder.Services;
        // Two requests for the last seat: the database refuses the loser's insert, which is the design, not a
        // fault; the desk answers « créneau déjà pris ». Any other failure still surfaces as an exception.
        services.ConfigureDbContext<BookingsDb>(o =>
            o.ConfigureWarnings(w =>
                w.Log(
                    (RelationalEventId.CommandError, LogLevel.Information),
                    (CoreEventId.SaveChangesFailed, LogLevel.Information)
                )
            )
        );
        services.AddSingleton<WriteGate>();
        services.AddScoped<FreeSlots>();
        services.AddScoped<Contracts.IBookingCatalog, BookingCatalog>();
        services.AddScoped<BookingDesk>();
        services.AddScoped<BookingWording>();
        services.AddScoped<PlaceAccess>();
        services.AddScoped<BookingMailer>();
        services.AddDomainEventHandler<BookingNotice, BookingMailer>();
        services.AddDomainEventHandler<WaitingNotice, Domain.Notices.WaitingMailer>();
        services.AddScoped<SeatPlacer>();
        services.AddScoped<Trainings>();
        services.AddScoped<WaitingList>();
        services.AddScoped<PlaceActions>();
        services.AddScoped<Domain.Questions.QuestionBook>();
        services.AddScoped<BookingPeople>();
        services.AddScoped<BookingPayments>();
        services.AddDomainEventHandler<InvoiceSettled, BookingSettlements>();
        services.AddScoped<ResourcePage>();
        services.AddScoped<BookingExport>();
        services.AddScoped<Domain.Statistics.Occupancy>();
        services.AddSingleton(Domain.Statistics.Occupancy.Dataset);
        services.AddScoped<Kernel.Search.ISearchSource, BookingsSearchSource>();
        services.AddScoped<Domain.Attendance.AttendanceDocuments>();
        services.AddScoped<RetentionSweep>();
        services.AddScoped<Kernel.Accounts.IPersonalDataSource, BookingPersonalData>();
        services.AddPublicPagePolicy(PublicPagePolicy, "du", "type", "commune", "plain-pied", "gratuit", "jour");
        // A new place is described on the same page as an existing one, without its slug.
        services.Configure<RazorPagesOptions>(o =>
            o.Conventions.AddAreaPageRoute("Bookings", "/Gestion/Lieu", "/gestion/reservations/nouveau")
        );
        services.AddSingleton<ReminderJob>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderJob>());
    }

    public void MapEndpoints(IEndpointRouteBuilder app) => CalendarFeedApi.Map(app);

    public Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        BookingsDemo.SeedAsync(services, cancellationToken);
}
