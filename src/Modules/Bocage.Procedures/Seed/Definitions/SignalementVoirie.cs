using Bocage.Procedures.Domain.Definitions;

namespace Bocage.Procedures.Seed.Definitions;

/// <summary>Reporting a road or street-light problem anywhere on the territory, by anyone.</summary>
internal static class SignalementVoirie
{
    public static DemoDefinition Definition =>
        new(
            "signalement-voirie-eclairage",
            "Signalement d'un problème de voirie ou d'éclairage",
            "Nid-de-poule, lampadaire éteint, panneau arraché : signalez-le aux services techniques.",
            "voirie",
            null,
            "ccsa-services-techniques",
            Audience.Anyone,
            F.Form(
                F.Page(
                    "Le problème",
                    F.Choice(
                        FieldType.SingleChoice,
                        "nature",
                        "Nature du problème",
                        "Chaussée ou trottoir",
                        "Éclairage public",
                        "Signalisation",
                        "Autre"
                    ),
                    F.Communes("commune", "Commune"),
                    F.Of(FieldType.Address, "adresse", "Adresse ou lieu précis"),
                    F.Long("description", "Description"),
                    F.Of(FieldType.File, "photo", "Photo", required: false)
                ),
                F.Page("Pour vous répondre", F.Of(FieldType.Email, "courriel", "Adresse électronique"))
            ),
            DefaultWorkflow.Create()
        );
}
