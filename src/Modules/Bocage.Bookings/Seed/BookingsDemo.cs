using Bocage.Bookings.Data;
using Bocage.Bookings.Domain;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Seed;
using Bocage.Kernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Bookings.Seed;

/// <summary>
/// The bookable places of the Sud Avesnois demo (R06, R11, R12, R24), its trainings, machines and events
/// (<see cref="SessionsDemo"/>), and the Fourmies agent's right to run the
/// places of Fourmies (and the Trélon agent, Trélon's). Idempotent: the host seeds at every start of the demo.
/// </summary>
internal static class BookingsDemo
{
    public const string Fourmies = "59249";

    public const string FourmiesAgent = "agent.fourmies@demo.sud-avesnois.fr";

    public const string Trelon = "59601";

    public const string TrelonAgent = "agent.trelon@demo.sud-avesnois.fr";

    public const string CoworkingSlug = "coworking-fourmies";

    public const string StudioSlug = "studio-son-image";

    public static readonly IReadOnlyList<ResourceDescription> Places =
    [
        new(
            CoworkingSlug,
            "Espace de coworking de la Filature",
            ResourceKind.Desk,
            Fourmies,
            "Rue de la Filature",
            "Six postes de travail en open space dans l'ancienne filature, pour le télétravail et les indépendants.",
            "Mo-Fr 08:30-12:30,13:30-18:00; PH off"
        )
        {
            Capacity = 6,
            StepFree = true,
            SlotMinutes = 240,
            Amenities = "Fibre optique\nImprimante\nCafé",
        },
        new(
            StudioSlug,
            "Studio son et image",
            ResourceKind.Studio,
            Fourmies,
            "Médiathèque, place Verte",
            "Un studio insonorisé pour enregistrer un podcast, une vidéo ou une répétition, avec son matériel.",
            "Tu-Sa 10:00-12:00,14:00-18:00; PH off"
        )
        {
            SlotMinutes = 120,
            StepFree = true,
            CancelHoursBefore = 48,
            Amenities = "Micros et table de mixage\nFond vert\nÉclairage LED",
        },
        new(
            "salle-visio-trelon",
            "Salle de visioconférence",
            ResourceKind.Room,
            Trelon,
            "Mairie de Trélon, rue Clavon-Collignon",
            "Une salle de réunion de huit places équipée pour la visioconférence.",
            "Mo-Fr 09:00-12:00,14:00-17:00; PH off"
        )
        {
            Amenities = "Écran et caméra\nHaut-parleur de conférence",
            // Lent through the town's room-rental régie; free for associations, as the council decided.
            Prices = new(1000, 2000, 0, 3000),
            RegieCode = "TRE-SALLE",
        },
        new(
            "cabine-teleconsultation-anor",
            "Cabine de téléconsultation",
            ResourceKind.Cabin,
            "59012",
            "Maison de santé, rue Jean-Jaurès",
            "Une cabine de téléconsultation médicale, avec ses appareils de mesure, pour consulter un médecin à distance.",
            "Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off"
        )
        {
            SlotMinutes = 30,
            StepFree = true,
            CancelHoursBefore = 2,
            LastCallHours = 2,
        },
        new(
            "mediation-france-services",
            "Rendez-vous avec un conseiller numérique (France Services)",
            ResourceKind.Appointment,
            Fourmies,
            "France Services, place Verte",
            "Une aide pour vos démarches en ligne, votre messagerie, votre téléphone ou votre ordinateur.",
            "Mo-Fr 09:00-12:00,13:30-17:00; PH off"
        )
        {
            SlotMinutes = 45,
            BufferMinutes = 15,
            StepFree = true,
            CancelHoursBefore = 2,
            LastCallHours = 2,
        },
        new(
            "mediation-mediatheque-wignehies",
            "Atelier individuel à la médiathèque",
            ResourceKind.Appointment,
            "59659",
            "Médiathèque de Wignehies",
            "Un rendez-vous d'une heure avec le médiateur numérique de la médiathèque.",
            "We 14:00-18:00; Sa 10:00-12:00; PH off"
        )
        {
            CancelHoursBefore = 12,
            LastCallHours = 2,
        },
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BookingsDb>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var existing = await db.Resources.Select(r => r.Slug).ToListAsync(cancellationToken);
        db.Resources.AddRange(Places.Where(p => !existing.Contains(p.Slug)).Select(p => Resource.Create(p, now)));
        var today = DateOnly.FromDateTime(ParisTime.ToParis(now));
        foreach (var (place, sessions) in SessionsDemo.Programmes.Where(p => !existing.Contains(p.Place.Slug)))
        {
            var resource = Resource.Create(place, now);
            db.Resources.Add(resource);
            db.Sessions.AddRange(SessionsDemo.SessionsOf(resource, sessions, today, now));
            db.Questions.AddRange(SessionsDemo.QuestionsOf(resource, now));
        }
        await db.SaveChangesAsync(cancellationToken);
        var training = await db.Resources.SingleAsync(r => r.Slug == SessionsDemo.CncTrainingSlug, cancellationToken);
        db.Resources.AddRange(
            SessionsDemo
                .Machines(training.Id)
                .Where(m => !existing.Contains(m.Slug))
                .Select(m => Resource.Create(m, now))
        );
        await db.SaveChangesAsync(cancellationToken);
        var accounts = scope.ServiceProvider.GetRequiredService<AccountsDb>();
        foreach (var (agent, commune) in new[] { (FourmiesAgent, Fourmies), (TrelonAgent, Trelon) })
        {
            await DemoGrants.EnsureAsync(
                accounts,
                agent,
                BookingsModule.ManagePermission,
                GrantScope.Commune(commune),
                now,
                cancellationToken
            );
        }
    }
}
