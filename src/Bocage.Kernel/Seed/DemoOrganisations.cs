using Bocage.Kernel.Territory;

namespace Bocage.Kernel.Seed;

/// <summary>Services of the intercommunality, the twelve town halls and the partners the roadmap names.</summary>
internal static class DemoOrganisations
{
    private static readonly (string Insee, string Name)[] Communes =
    [
        ("59012", "Anor"),
        ("59045", "Baives"),
        ("59198", "Eppe-Sauvage"),
        ("59229", "Féron"),
        ("59249", "Fourmies"),
        ("59261", "Glageon"),
        ("59420", "Moustier-en-Fagne"),
        ("59445", "Ohain"),
        ("59601", "Trélon"),
        ("59633", "Wallers-en-Fagne"),
        ("59659", "Wignehies"),
        ("59661", "Willies"),
    ];

    public static IEnumerable<Organisation> All()
    {
        yield return new Organisation(
            "ccsa-direction-generale",
            "CCSA — Direction générale des services",
            OrganisationKind.IntercommunalService,
            null,
            "Pilotage des services de la Communauté de Communes Sud Avesnois."
        );
        yield return new Organisation(
            "ccsa-finances",
            "CCSA — Service finances et régies",
            OrganisationKind.IntercommunalService,
            null,
            "Facturation des services intercommunaux et encaissement des régies."
        );
        yield return new Organisation(
            "ccsa-pide",
            "Pôle Intercommunal de Développement Économique (PIDE)",
            OrganisationKind.IntercommunalService,
            null,
            "Accompagnement des entreprises et des créateurs d'entreprise du territoire."
        );
        yield return new Organisation(
            "ccsa-services-techniques",
            "Services techniques mutualisés",
            OrganisationKind.IntercommunalService,
            null,
            "Interventions techniques partagées entre les communes membres."
        );
        yield return new Organisation(
            "ccsa-mediation-numerique",
            "Médiation numérique",
            OrganisationKind.IntercommunalService,
            null,
            "Accompagnement des habitants éloignés du numérique."
        );
        foreach (var (insee, name) in Communes)
        {
            yield return new Organisation(
                $"mairie-{Slugs.From(name)}",
                $"Mairie de {name}",
                OrganisationKind.CommuneService,
                insee,
                $"Services municipaux de la commune de {name}."
            );
        }
        yield return new Organisation(
            "pole-sante-sud-avesnois",
            "Pôle de Santé Sud Avesnois",
            OrganisationKind.Partner,
            null,
            "Maison de santé pluriprofessionnelle, télémédecine et dossier médical partagé."
        );
    }
}
