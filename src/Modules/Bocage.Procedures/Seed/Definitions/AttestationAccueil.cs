using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Seed.Definitions;

/// <summary>Attestation d'accueil: a Fourmies resident hosting a foreign visitor.</summary>
internal static class AttestationAccueil
{
    public static DemoDefinition Definition =>
        new(
            "attestation-accueil-fourmies",
            "Attestation d'accueil",
            "Vous hébergez une personne étrangère pour un séjour de moins de trois mois : demandez la validation de l'attestation d'accueil.",
            "citoyenneté",
            "59249",
            "mairie-fourmies",
            Audience.Account,
            F.Form(
                F.Page(
                    "L'hébergeant",
                    F.Text("nom", "Nom et prénom") with
                    {
                        Autocomplete = "name",
                    },
                    F.Of(FieldType.Address, "adresse", "Adresse du logement"),
                    F.Of(FieldType.Number, "surface", "Surface du logement (m²)") with
                    {
                        Min = 9,
                        Max = 1000,
                    }
                ),
                F.Page(
                    "La personne accueillie",
                    F.Text("invite-nom", "Nom et prénom"),
                    F.Of(FieldType.Date, "invite-naissance", "Date de naissance"),
                    F.Text("invite-passeport", "Numéro de passeport") with
                    {
                        Help =
                            "De 6 à 12 lettres et chiffres, tel qu'imprimé sur le passeport (par exemple 20AB12345).",
                        Pattern = "^[A-Z0-9]{6,12}$",
                        PatternMessage =
                            "Le numéro de passeport compte de 6 à 12 lettres et chiffres, par exemple 20AB12345.",
                        Capitals = true,
                    },
                    F.Of(FieldType.Date, "arrivee", "Date d'arrivée"),
                    F.Of(FieldType.Date, "depart", "Date de départ") with
                    {
                        NotBefore = "arrivee",
                    },
                    F.Honour("Je m'engage à prendre en charge les frais de séjour de la personne accueillie.")
                )
            ),
            DefaultWorkflow.Create()
        );
}
