using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Designer;

namespace Bocage.Procedures.Seed.Definitions;

/// <summary>
/// Declaring an event on Fourmies' public space (a flea market, a race, a concert): the form that uses Démarches
/// Simplifiées' richer fields — civility, RNA number, any commune of France, country, linked lists, date and
/// hour, map point, decimal surface, checkbox, and a link to the applicant's room booking.
/// </summary>
internal static class DeclarationManifestation
{
    public static DemoDefinition Definition =>
        new(
            "declaration-manifestation-fourmies",
            "Déclaration de manifestation sur l'espace public",
            "Brocante, course, concert : déclarez à la mairie de Fourmies une manifestation dans la rue ou sur une place.",
            "vie locale",
            "59249",
            "mairie-fourmies",
            Audience.Account,
            F.Form(
                F.Page(
                    "L'organisateur",
                    F.Of(FieldType.Civility, "civilite", "Civilité du responsable"),
                    F.Text("responsable", "Nom et prénom du responsable") with
                    {
                        Autocomplete = "name",
                    },
                    F.Of(FieldType.Rna, "rna", "Numéro RNA de l'association", required: false),
                    F.Of(FieldType.Commune, "siege", "Commune du siège"),
                    F.Of(FieldType.Country, "pays", "Pays de l'organisateur"),
                    F.Of(FieldType.LinkedFile, "reservation", "Réservation de salle liée", required: false) with
                    {
                        Help = "Si la manifestation prolonge une réservation déjà demandée.",
                    }
                ),
                F.Page(
                    "La manifestation",
                    F.Of(FieldType.LinkedDropDown, "nature", "Nature de la manifestation") with
                    {
                        Options = LinkedOptions.Parse(
                            "--Commerce--\nBrocante\nMarché\n--Culture--\nConcert\nExposition\n--Sport--\nCourse\nRandonnée"
                        ),
                    },
                    F.Of(FieldType.DateTime, "debut", "Début"),
                    F.Of(FieldType.DateTime, "fin", "Fin"),
                    F.Of(FieldType.MapPoint, "lieu", "Point de rassemblement"),
                    F.Of(FieldType.Decimal, "surface", "Surface occupée (m²)") with
                    {
                        Min = 1,
                        Max = 100_000,
                    },
                    F.Of(FieldType.Checkbox, "buvette", "Une buvette sera tenue", required: false),
                    F.Honour("Je certifie l'exactitude des informations données.")
                )
            ),
            F.RequestOnly()
        );
}
