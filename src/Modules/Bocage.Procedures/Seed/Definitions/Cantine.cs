using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Seed.Definitions;

/// <summary>
/// School canteen and after-school care in Fourmies, one block per child; acceptance asks for the 45 € registration.
/// </summary>
internal static class Cantine
{
    public static DemoDefinition Definition =>
        new(
            "inscription-cantine-periscolaire-fourmies",
            "Inscription à la cantine et au périscolaire",
            "Inscrivez vos enfants scolarisés à Fourmies à la restauration scolaire et à l'accueil périscolaire pour l'année.",
            "enfance",
            "59249",
            "mairie-fourmies",
            Audience.Account,
            F.Form(
                F.Page(
                    "Responsable légal",
                    F.Text("nom-responsable", "Nom et prénom du responsable légal"),
                    F.Of(FieldType.Phone, "telephone", "Téléphone"),
                    F.Of(FieldType.Email, "courriel", "Adresse électronique"),
                    F.Of(FieldType.Address, "adresse", "Adresse du foyer")
                ),
                F.Page(
                    "Enfants",
                    new FieldDefinition("enfants", FieldType.RepeatableBlock, "Enfant")
                    {
                        Required = true,
                        Min = 1,
                        Max = 8,
                        Children =
                        [
                            F.Text("enfant-nom", "Nom et prénom de l'enfant"),
                            F.Of(FieldType.Date, "enfant-naissance", "Date de naissance"),
                            F.Choice(
                                FieldType.DropDown,
                                "enfant-ecole",
                                "École",
                                "École Jean Macé",
                                "École Léo Lagrange",
                                "École Saint-Exupéry",
                                "École Paul Bert"
                            ),
                            F.Long("enfant-allergies", "Allergies alimentaires", required: false),
                            F.Of(FieldType.YesNo, "enfant-pai", "Projet d'accueil individualisé (PAI)"),
                            F.Choice(
                                FieldType.MultipleChoice,
                                "enfant-jours",
                                "Jours de cantine",
                                "Lundi",
                                "Mardi",
                                "Jeudi",
                                "Vendredi"
                            ),
                        ],
                    },
                    F.Honour("Je certifie sur l'honneur l'exactitude des renseignements fournis.")
                )
            ),
            F.WithPayment(4500, "FOU-CANT")
        );
}
