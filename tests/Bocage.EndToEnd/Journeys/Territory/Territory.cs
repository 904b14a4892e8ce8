namespace Bocage.EndToEnd.Journeys.Territory;

/// <summary>What the demo seed puts on the site (src/Bocage.Kernel/Seed), as a visitor should read it.</summary>
internal static class Territory
{
    public static readonly IReadOnlyList<(string Name, string Slug, string Insee, string Population)> Communes =
    [
        ("Anor", "anor", "59012", "3 267"),
        ("Baives", "baives", "59045", "165"),
        ("Eppe-Sauvage", "eppe-sauvage", "59198", "275"),
        ("Féron", "feron", "59229", "568"),
        ("Fourmies", "fourmies", "59249", "12 119"),
        ("Glageon", "glageon", "59261", "1 831"),
        ("Moustier-en-Fagne", "moustier-en-fagne", "59420", "61"),
        ("Ohain", "ohain", "59445", "1 204"),
        ("Trélon", "trelon", "59601", "2 915"),
        ("Wallers-en-Fagne", "wallers-en-fagne", "59633", "288"),
        ("Wignehies", "wignehies", "59659", "2 935"),
        ("Willies", "willies", "59661", "154"),
    ];

    public static readonly IReadOnlyList<string> Pillars =
    [
        "Accès aux services publics et marchands",
        "Revitalisation des bourgs centres",
        "Attractivité du territoire",
        "Mobilités",
        "Territoire en transition",
        "Cohésion sociale",
    ];
}
