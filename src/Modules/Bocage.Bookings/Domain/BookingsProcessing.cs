using Bocage.Kernel.Modules;

namespace Bocage.Bookings.Domain;

/// <summary>The engine's entry in the register of processing activities (in French, a legal document).</summary>
internal static class BookingsProcessing
{
    public static readonly ProcessingActivity Activity = new(
        "Réservation des lieux, équipements et rendez-vous",
        "Réserver un créneau d'une salle, d'un studio, d'un poste de travail, d'une cabine ou d'un rendez-vous de médiation numérique ; confirmer, rappeler et annuler par courriel ; tenir le planning des lieux.",
        "Exécution d'une mission d'intérêt public (article 6.1.e du RGPD) : gestion des équipements publics de la communauté de communes et des communes.",
        "Usagers qui réservent (habitants, associations, entreprises), agents gestionnaires des lieux.",
        "Nom et adresse électronique de la personne, compte Bocage, langue, créneau réservé, référence, dates de réservation, d'annulation et de rappel.",
        "Agents habilités de la commune ou de la communauté de communes qui gère le lieu.",
        "Jusqu'à la date du créneau, puis la durée de conservation du lieu (12 mois par défaut) : nom et adresse sont alors effacés, seules restent les statistiques d'occupation.",
        "Accès limité aux communes de l'agent ; aucune donnée de santé demandée pour la cabine de téléconsultation ; journal d'audit des actions des agents."
    );
}
