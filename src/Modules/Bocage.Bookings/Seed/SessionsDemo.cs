using Bocage.Bookings.Domain;
using Bocage.Bookings.Domain.Hours;
using Bocage.Bookings.Domain.Questions;
using Bocage.Kernel.Time;

namespace Bocage.Bookings.Seed;

/// <summary>
/// The demo's trainings and events (R19, R20, R21, R23, R28) and their sessions, dated from the day the demo is
/// seeded so that they are always ahead: the CNC training of the blue-stone sector and the two machines that ask
/// for it, digital workshops, the education professionals' training, the Journées de la ruralité and a TRI meeting.
/// </summary>
internal static class SessionsDemo
{
    public const string CncTrainingSlug = "formation-cnc-pierre-bleue";

    public static readonly IReadOnlyList<(
        ResourceDescription Place,
        (int Day, int Hour, int Hours, int Seats, string Title)[] Sessions
    )> Programmes =
    [
        (
            new(
                CncTrainingSlug,
                "Formation aux machines à commande numérique (CNC)",
                ResourceKind.Training,
                BookingsDemo.Trelon,
                "Fablab de la pierre bleue, rue de la Carrière",
                "Trois heures pour apprendre à préparer un fichier, fixer une pièce et conduire la fraiseuse en sécurité. Obligatoire avant de réserver les machines.",
                ""
            )
            {
                StepFree = true,
            },
            [(6, 14, 3, 6, "Session d'initiation"), (20, 9, 3, 6, "Session d'initiation")]
        ),
        (
            new(
                "atelier-numerique-mediatheque",
                "Ateliers numériques pour tous",
                ResourceKind.Training,
                BookingsDemo.Fourmies,
                "Médiathèque, place Verte",
                "Des ateliers de deux heures en petit groupe pour prendre en main son téléphone, sa messagerie et ses démarches en ligne.",
                ""
            )
            {
                StepFree = true,
            },
            [
                (3, 14, 2, 8, "Sécuriser ses comptes et ses mots de passe"),
                (10, 14, 2, 8, "Faire ses démarches en ligne"),
                (17, 14, 2, 8, "Échanger en visio avec ses proches"),
            ]
        ),
        (
            new(
                "formation-professionnels-education",
                "Le numérique au quotidien pour les professionnels de l'éducation",
                ResourceKind.Training,
                null,
                "Communauté de communes, Fourmies",
                "Une formation pour les enseignants, animateurs et assistants maternels : l'espace partagé de suivi de l'enfant, les outils et les bons usages.",
                ""
            ),
            [(12, 9, 6, 15, "Journée 1 : l'espace partagé de suivi de l'enfant")]
        ),
        (
            new(
                "journees-de-la-ruralite",
                "Journées de la ruralité",
                ResourceKind.Event,
                null,
                "Salle des fêtes de Fourmies",
                "Deux journées de rencontres sur l'avenir des territoires ruraux : tables rondes, ateliers et marché des producteurs.",
                ""
            )
            {
                StepFree = true,
                CancelHoursBefore = 0,
            },
            [
                (30, 9, 8, 200, "Première journée : habiter et travailler à la campagne"),
                (31, 9, 8, 200, "Seconde journée : le numérique au service des villages"),
            ]
        ),
        (
            new(
                "rencontre-territoriale-tri",
                "Rencontre territoriale de la TRI",
                ResourceKind.Event,
                null,
                "Communauté de communes, Fourmies",
                "Une rencontre des acteurs de la transition énergétique (TRI, Troisième Révolution Industrielle) du Sud Avesnois.",
                ""
            )
            {
                CancelHoursBefore = 0,
            },
            [(15, 18, 2, 60, "Rencontre du trimestre")]
        ),
    ];

    /// <summary>The two CNC machines, which ask for the training above (its id is known once it is stored).</summary>
    public static IEnumerable<ResourceDescription> Machines(Guid training) =>
        [
            new(
                "fraiseuse-cnc-grand-format",
                "Fraiseuse CNC grand format",
                ResourceKind.Machine,
                BookingsDemo.Trelon,
                "Fablab de la pierre bleue, rue de la Carrière",
                "Une fraiseuse à commande numérique de 2 m × 1 m pour le bois, les plastiques et la pierre tendre.",
                "Tu-Fr 09:00-12:00,14:00-18:00; PH off"
            )
            {
                SlotMinutes = 180,
                StepFree = true,
                RequiredTrainingId = training,
            },
            new(
                "graveuse-cnc-pierre",
                "Graveuse CNC pour la pierre bleue",
                ResourceKind.Machine,
                BookingsDemo.Trelon,
                "Fablab de la pierre bleue, rue de la Carrière",
                "Une graveuse numérique pour la pierre bleue locale : plaques, signalétique, pièces d'art.",
                "Tu-Fr 09:00-12:00,14:00-18:00; PH off"
            )
            {
                SlotMinutes = 180,
                StepFree = true,
                RequiresApproval = true,
                RequiredTrainingId = training,
            },
        ];

    /// <summary>The questions a programme asks at registration: the Journées de la ruralité plan the lunch.</summary>
    public static IEnumerable<Question> QuestionsOf(Resource resource, DateTime now) =>
        resource.Slug == "journees-de-la-ruralite"
            ?
            [
                Question.Create(
                    resource.Id,
                    0,
                    "Déjeunerez-vous au marché des producteurs ?",
                    QuestionKind.YesNo,
                    [],
                    true,
                    now
                ),
                Question.Create(resource.Id, 1, "Votre commune ou votre structure", QuestionKind.Text, [], false, now),
            ]
            : [];

    /// <summary>The sessions of a programme, <c>Day</c> days after <paramref name="today"/> in Paris time.</summary>
    public static IEnumerable<Session> SessionsOf(
        Resource resource,
        IEnumerable<(int Day, int Hour, int Hours, int Seats, string Title)> sessions,
        DateOnly today,
        DateTime nowUtc
    ) =>
        sessions.Select(s =>
        {
            var start = ParisTime.ToUtc(today.AddDays(s.Day).ToDateTime(new TimeOnly(s.Hour, 0)));
            return Session.Create(resource.Id, new Slot(start, start.AddHours(s.Hours)), s.Seats, s.Title, nowUtc);
        });
}
