using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Seed.Definitions;

/// <summary>A household waste bin from the intercommunality's waste service.</summary>
internal static class BacOrdures
{
    public static DemoDefinition Definition =>
        new(
            "demande-bac-ordures-menageres",
            "Demande de bac à ordures ménagères",
            "Demandez un bac pour un nouveau logement, un bac plus grand ou le remplacement d'un bac cassé ou volé.",
            "déchets",
            null,
            "ccsa-services-techniques",
            Audience.Anyone,
            F.Form(
                F.Page(
                    "Votre demande",
                    F.Choice(
                        FieldType.SingleChoice,
                        "motif",
                        "Motif",
                        "Nouveau logement",
                        "Bac cassé",
                        "Bac volé",
                        "Changement de taille"
                    ),
                    F.Choice(
                        FieldType.SingleChoice,
                        "volume",
                        "Volume souhaité",
                        "120 litres",
                        "240 litres",
                        "360 litres"
                    ),
                    F.Of(FieldType.Number, "personnes", "Nombre de personnes au foyer") with
                    {
                        Min = 1,
                        Max = 20,
                    },
                    F.Long("circonstances", "Circonstances (vol, casse)", required: false) with
                    {
                        Condition = new("motif", ConditionOperator.NotEquals, "nouveau-logement"),
                    }
                ),
                F.Page(
                    "Vos coordonnées",
                    F.Text("nom", "Nom et prénom") with
                    {
                        Autocomplete = "name",
                    },
                    F.Of(FieldType.Address, "adresse", "Adresse de collecte"),
                    F.Of(FieldType.Email, "courriel", "Adresse électronique")
                )
            ),
            DefaultWorkflow.Create()
        );
}
