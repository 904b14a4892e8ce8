using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Seed.Definitions;

/// <summary>Fibre eligibility and connection questions handled by the intercommunality.</summary>
internal static class Fibre
{
    public static DemoDefinition Definition =>
        new(
            "raccordement-eligibilite-fibre",
            "Demande de raccordement ou d'éligibilité à la fibre",
            "Votre logement ou votre local n'est pas raccordable à la fibre ? La CCSA relaie votre demande auprès de l'opérateur du réseau.",
            "numérique",
            null,
            "ccsa-direction-generale",
            Audience.Anyone,
            F.Form(
                F.Page(
                    "Le local",
                    F.Choice(
                        FieldType.SingleChoice,
                        "local",
                        "Type de local",
                        "Maison",
                        "Appartement",
                        "Local professionnel"
                    ),
                    F.Of(FieldType.Address, "adresse", "Adresse du local"),
                    F.Of(FieldType.YesNo, "raccordable", "L'opérateur vous a-t-il déclaré non raccordable ?"),
                    F.Long("reponse-operateur", "Réponse de l'opérateur", required: false) with
                    {
                        Condition = new("raccordable", ConditionOperator.IsFilled),
                    }
                ),
                F.Page(
                    "Vos coordonnées",
                    F.Text("nom", "Nom et prénom") with
                    {
                        Autocomplete = "name",
                    },
                    F.Of(FieldType.Phone, "telephone", "Téléphone"),
                    F.Of(FieldType.Email, "courriel", "Adresse électronique")
                )
            ),
            DefaultWorkflow.Create()
        );
}
