using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Seed.Definitions;

/// <summary>A simple works declaration in Trélon (fence, shed, façade): a request step the town hall answers.</summary>
internal static class DeclarationTravaux
{
    public static DemoDefinition Definition =>
        new(
            "declaration-travaux-trelon",
            "Déclaration de travaux simples",
            "Clôture, abri de jardin, ravalement de façade : déclarez vos petits travaux à la mairie de Trélon.",
            "urbanisme",
            "59601",
            "mairie-trelon",
            Audience.Account,
            F.Form(
                F.Page(
                    "Les travaux",
                    F.Choice(
                        FieldType.MultipleChoice,
                        "nature",
                        "Nature des travaux",
                        "Clôture",
                        "Abri de jardin",
                        "Ravalement de façade",
                        "Autre"
                    ),
                    F.Text("autre", "Précisez") with
                    {
                        Condition = new("nature", ConditionOperator.Contains, "autre"),
                    },
                    F.Of(FieldType.Address, "adresse", "Adresse du terrain"),
                    F.Of(FieldType.Number, "surface", "Surface créée (m²)", required: false) with
                    {
                        Min = 0,
                        Max = 20,
                    },
                    F.Of(FieldType.File, "plan", "Plan de situation"),
                    F.Honour("Je certifie que les travaux respectent le plan local d'urbanisme.")
                )
            ),
            F.RequestOnly()
        );
}
