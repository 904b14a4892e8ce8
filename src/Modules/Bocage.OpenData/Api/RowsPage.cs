using System.ComponentModel;

namespace Bocage.OpenData.Api;

/// <summary>A page of rows of <c>/api/donnees/{jeu}/{ressource}/lignes</c>.</summary>
[Description("Une page de lignes d'une ressource.")]
internal sealed record RowsPage(
    [property: Description("Lignes qui répondent aux filtres (un plancher quand totalExact vaut false).")] long Total,
    bool TotalExact,
    int Page,
    [property: Description("Lignes par page.")] int Taille,
    [property: Description("Les lignes : une valeur par colonne demandée.")]
        IReadOnlyList<Dictionary<string, object?>> Lignes,
    [property: Description("Adresse de la page suivante, absente à la dernière.")] string? Suivant
);
