using Bocage.Kernel.Modules;

namespace Bocage.Places.Domain;

/// <summary>The engine's entry in the register of processing activities (in French, a legal document).</summary>
internal static class PlacesProcessing
{
    public static readonly ProcessingActivity CompanyEntries = new(
        "Fiches des entreprises dans l'annuaire du territoire",
        "Permettre aux membres d'une entreprise vérifiée de proposer la mise à jour de la fiche de leur entreprise dans l'annuaire ; faire valider ces propositions par les agents de la commune et en informer l'auteur par courriel.",
        "Exécution d'une mission d'intérêt public (article 6.1.e du RGPD) : information économique et touristique du territoire et accompagnement des entreprises par la communauté de communes.",
        "Membres des entreprises du territoire qui ont un compte Bocage, agents gestionnaires de l'annuaire.",
        "Compte Bocage de l'auteur, langue, texte proposé, date de la proposition, décision de l'agent et son motif.",
        "Agents habilités de la commune où se trouve l'entreprise ou de la communauté de communes.",
        "Tant que la fiche existe ; l'auteur est effacé de l'historique avec son compte.",
        "Accès limité aux communes de l'agent ; seule une entreprise vérifiée propose ; journal d'audit des propositions et des décisions."
    );

    public static readonly ProcessingActivity BusinessContact = new(
        "Messages au service des entreprises",
        "Transmettre au service des entreprises (le PIDE) les demandes écrites depuis le formulaire de l'espace entreprises et en envoyer une copie à leur auteur.",
        "Exécution d'une mission d'intérêt public (article 6.1.e du RGPD) : accompagnement de la création, de la reprise et de l'implantation d'entreprises par la communauté de communes.",
        "Personnes qui écrivent au service des entreprises (porteurs de projet, chefs d'entreprise).",
        "Nom, adresse électronique, entreprise ou projet, sujet et texte du message.",
        "Agents du service des entreprises de la communauté de communes.",
        "Dans la file d'envoi des courriels de la plateforme, le temps de sa conservation ; ensuite dans la messagerie du service seulement.",
        "Formulaire limité en nombre d'envois par adresse ; aucune donnée gardée hors des courriels."
    );
}
