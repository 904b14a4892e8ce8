using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Seed.Definitions;

/// <summary>The Médi@pass card of the intercommunality's media libraries.</summary>
internal static class Medipass
{
    public static DemoDefinition Definition =>
        new(
            "carte-medipass",
            "Demande de carte Médi@pass",
            "La carte Médi@pass donne accès à toutes les médiathèques du réseau intercommunal.",
            "culture",
            null,
            null,
            Audience.Account,
            F.Form(
                F.Page(
                    "Titulaire",
                    F.Text("nom", "Nom et prénom du titulaire"),
                    F.Of(FieldType.Date, "naissance", "Date de naissance"),
                    F.Communes("commune", "Commune de résidence"),
                    F.Of(FieldType.File, "justificatif", "Justificatif de domicile"),
                    F.Choice(
                        FieldType.DropDown,
                        "mediatheque",
                        "Médiathèque de retrait",
                        "Fourmies",
                        "Trélon",
                        "Anor",
                        "Wignehies"
                    )
                )
            ),
            DefaultWorkflow.Create()
        );
}
