using Bocage.Kernel.Modules;

namespace Bocage.Procedures.Domain;

/// <summary>The engine's entry in the register of processing activities (in French, a legal document).</summary>
internal static class ProceduresProcessing
{
    public static readonly IReadOnlyList<ProcessingActivity> All =
    [
        new(
            "Démarches en ligne",
            "Recevoir, instruire et suivre les demandes des habitants, entreprises et partenaires auprès de la Communauté de Communes et de ses communes.",
            "Mission d'intérêt public (article 6.1.e du RGPD) ; code des relations entre le public et l'administration (saisine par voie électronique, L112-8 et suivants).",
            "Demandeurs (habitants, représentants d'entreprises), personnes mentionnées dans les demandes (enfants, hébergés), médiateurs agissant sous mandat.",
            "Identité et coordonnées, réponses aux formulaires (selon la démarche), pièces jointes, messages, numéro de dossier, historique des décisions.",
            "Agents instructeurs habilités de la commune ou du service concerné ; prestataire de paiement en cas de demande de paiement.",
            "Brouillons : supprimés à l'effacement du compte. Dossiers déposés : conservés selon la durée d'utilité administrative de la démarche ; à l'effacement du compte, l'identité du demandeur est retirée des dossiers conservés.",
            "Accès par habilitation limitée aux communes et services de l'agent, double authentification des agents, journal d'audit chaîné, code de suivi conservé haché, concurrence optimiste."
        ),
    ];
}
