using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Seed.Definitions;

/// <summary>Signing up for a digital skills workshop of the intercommunality's digital mediation.</summary>
internal static class AtelierNumerique
{
    public static DemoDefinition Definition =>
        new(
            "inscription-atelier-numerique",
            "Inscription à un atelier numérique",
            "Ateliers gratuits pour apprendre à utiliser un ordinateur, un smartphone ou les démarches en ligne.",
            "numérique",
            null,
            "ccsa-mediation-numerique",
            Audience.Anyone,
            F.Form(
                F.Page(
                    "Atelier",
                    F.Choice(
                        FieldType.SingleChoice,
                        "atelier",
                        "Atelier",
                        "Premiers pas sur ordinateur",
                        "Smartphone et tablette",
                        "Démarches en ligne",
                        "Messagerie et sécurité"
                    ),
                    F.Communes("lieu", "Commune où vous souhaitez suivre l'atelier"),
                    F.Choice(FieldType.SingleChoice, "niveau", "Votre niveau", "Débutant", "Intermédiaire")
                ),
                F.Page(
                    "Vos coordonnées",
                    F.Text("nom", "Nom et prénom") with
                    {
                        Autocomplete = "name",
                    },
                    F.Of(FieldType.Phone, "telephone", "Téléphone"),
                    F.Of(FieldType.Email, "courriel", "Adresse électronique", required: false)
                )
            ),
            F.RequestOnly()
        );
}
