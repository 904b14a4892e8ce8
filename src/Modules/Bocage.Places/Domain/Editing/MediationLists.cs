using Bocage.Kernel.Territory;

namespace Bocage.Places.Domain.Editing;

/// <summary>
/// The value lists of the « schéma des lieux de médiation numérique » 1.0.1 (fields <c>services</c>,
/// <c>modalites_acces</c>, <c>dispositif_programmes_nationaux</c>; tests/standards/mediation-numerique/schema.json):
/// a place's form offers these and nothing else, so that its export passes the official schema. They are the
/// schema's words, in French, shown as such on the place's page.
/// </summary>
internal static class MediationLists
{
    public static readonly IReadOnlyList<string> Services =
    [
        "Aide aux démarches administratives",
        "Maîtrise des outils numériques du quotidien",
        "Insertion professionnelle via le numérique",
        "Utilisation sécurisée du numérique",
        "Parentalité et éducation avec le numérique",
        "Loisirs et créations numériques",
        "Compréhension du monde numérique",
        "Accès internet et matériel informatique",
        "Acquisition de matériel informatique à prix solidaire",
    ];

    public static readonly IReadOnlyList<string> Access =
    [
        "Se présenter",
        "Téléphoner",
        "Contacter par mail",
        "Prendre un RDV en ligne",
        "Ce lieu n'accueille pas de public",
        "Envoyer un mail avec une fiche de prescription",
    ];

    public static readonly IReadOnlyList<string> Programmes =
    [
        "Aidants Connect",
        "Bibliothèques numérique de référence",
        "Certification PIX",
        "Conseillers numériques",
        "Emmaüs Connect",
        "France Services",
        "Grande école du numérique",
        "La Croix Rouge",
        "Point d'accès numérique CAF",
        "Promeneurs du net",
        "Relais numérique (Emmaüs Connect)",
    ];

    /// <summary>
    /// The values of a cell (« | » or commas between them, as the schema's own files write them), each matched to
    /// the list's whatever its case or accents; a value the list does not have is kept as typed, for the form to
    /// refuse it by name.
    /// </summary>
    public static List<string> Read(string cell, IReadOnlyList<string> offered) =>
        [
            .. cell.Split(['|', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(v => offered.FirstOrDefault(o => Slugs.From(o) == Slugs.From(v)) ?? v),
        ];
}
