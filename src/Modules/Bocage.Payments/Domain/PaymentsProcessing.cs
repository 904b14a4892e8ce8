using Bocage.Kernel.Modules;

namespace Bocage.Payments.Domain;

/// <summary>The engine's entry in the register of processing activities (in French, a legal document).</summary>
internal static class PaymentsProcessing
{
    public static readonly ProcessingActivity Activity = new(
        "Factures et paiement en ligne des régies (PayFiP)",
        "Émettre les factures des régies de la communauté de communes et des communes, les encaisser en ligne par PayFiP (DGFiP), délivrer les reçus et rapprocher les encaissements.",
        "Exécution d'une mission d'intérêt public (article 6.1.e du RGPD) ; obligations comptables des régisseurs (décret GBCP n° 2012-1246).",
        "Usagers redevables (habitants, entreprises), agents financiers.",
        "Nom et adresse électronique du payeur, compte Bocage éventuel, montants, objets et dates des factures, numéro d'opération et d'autorisation PayFiP (aucune donnée de carte : saisie chez la DGFiP).",
        "Régisseurs et agents financiers habilités de la collectivité créancière ; DGFiP (PayFiP) ; comptable public.",
        "Pièces comptables conservées 10 ans ; à l'effacement d'un compte, le lien avec la personne est supprimé et l'écriture comptable conservée.",
        "Montants en centimes entiers ; issue du paiement lue uniquement auprès de PayFiP ; journal d'audit des actions des agents ; accès limité aux communes de l'agent."
    );
}
