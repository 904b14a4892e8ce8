using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Seed.Definitions;

/// <summary>Booking Anor's village hall: a request the town hall accepts or refuses.</summary>
internal static class SalleDesFetes
{
    public static DemoDefinition Definition =>
        new(
            "reservation-salle-des-fetes-anor",
            "Réservation de la salle des fêtes",
            "Demandez la réservation de la salle des fêtes d'Anor pour un événement familial ou associatif.",
            "vie locale",
            "59012",
            "mairie-anor",
            Audience.Account,
            F.Form(
                F.Page(
                    "Votre événement",
                    F.Of(FieldType.Date, "date", "Date souhaitée"),
                    F.Choice(FieldType.SingleChoice, "type", "Type d'événement", "Familial", "Associatif", "Autre"),
                    F.Of(FieldType.Number, "invites", "Nombre de personnes attendues") with
                    {
                        Min = 1,
                        Max = 250,
                    },
                    F.Of(FieldType.YesNo, "cuisine", "Utilisation de la cuisine"),
                    F.Text("association", "Nom de l'association") with
                    {
                        Condition = new("type", ConditionOperator.Equals, "associatif"),
                    },
                    F.Honour("Je m'engage à respecter le règlement de la salle.")
                )
            ),
            F.RequestOnly()
        );
}
