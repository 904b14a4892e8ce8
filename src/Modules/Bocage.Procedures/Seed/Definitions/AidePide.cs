using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Seed.Definitions;

/// <summary>The PIDE's start-up grant for businesses settling on the territory.</summary>
internal static class AidePide
{
    public static DemoDefinition Definition =>
        new(
            "aide-installation-entreprise",
            "Aide à l'installation d'entreprise",
            "Le Pôle Intercommunal de Développement Économique aide les entreprises qui s'installent dans le Sud Avesnois.",
            "économie",
            null,
            "ccsa-pide",
            Audience.Business,
            F.Form(
                F.Page(
                    "Entreprise",
                    F.Of(FieldType.Siret, "siret", "SIRET de l'établissement"),
                    F.Text("raison-sociale", "Raison sociale"),
                    F.Communes("commune", "Commune d'installation"),
                    F.Of(FieldType.Date, "date-installation", "Date d'installation")
                ),
                F.Page(
                    "Projet",
                    F.Long("projet", "Présentation du projet"),
                    F.Of(FieldType.Amount, "investissement", "Montant de l'investissement") with
                    {
                        Min = 100_000,
                        Max = 100_000_000,
                    },
                    F.Of(FieldType.Amount, "aide-demandee", "Aide demandée") with
                    {
                        Min = 50_000,
                        Max = 1_000_000,
                    },
                    F.Of(FieldType.Number, "emplois", "Emplois créés") with
                    {
                        Min = 0,
                        Max = 500,
                    }
                ),
                F.Page(
                    "Pièces et versement",
                    F.Of(FieldType.Iban, "iban", "IBAN du compte de l'entreprise"),
                    F.Of(FieldType.File, "kbis", "Extrait Kbis de moins de trois mois"),
                    F.Of(FieldType.File, "devis", "Devis des investissements"),
                    F.Honour("Je certifie que l'entreprise est à jour de ses obligations fiscales et sociales.")
                )
            ),
            DefaultWorkflow.Create()
        );
}
