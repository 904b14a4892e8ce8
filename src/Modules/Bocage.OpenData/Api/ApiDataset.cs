using System.ComponentModel;
using Bocage.OpenData.Domain.Catalogue;
using Bocage.OpenData.Domain.Validation;

namespace Bocage.OpenData.Api;

/// <summary>
/// A dataset as <c>/api/donnees</c> describes it (names in French, as the API speaks to its reusers).
/// </summary>
[Description("Un jeu de données du catalogue et ses ressources publiées.")]
internal sealed record ApiDataset(
    string Slug,
    string Titre,
    string Description,
    string Theme,
    string Organisation,
    [property: Description("Commune concernée, ou le territoire entier.")] string Commune,
    string Licence,
    [property: Description("Fréquence de mise à jour.")] string Frequence,
    [property: Description("Dernière mise à jour (UTC).")] DateTime MiseAJour,
    [property: Description("La page du jeu de données sur le portail.")] string Page,
    IReadOnlyList<ApiResource> Ressources
)
{
    public static ApiDataset Of(Dataset d, string commune, string site) =>
        new(
            d.Slug,
            d.Title,
            d.Description,
            d.Theme,
            d.OrganisationName,
            commune,
            d.Licence,
            d.Frequency,
            d.UpdatedAt,
            $"{site}/donnees/{d.Slug}",
            d.Resources.Where(r => r.BatchId != Guid.Empty)
                .Select(r => new ApiResource(
                    r.Slug,
                    r.Title,
                    r.Format,
                    r.RowCount,
                    r.SchemaName,
                    r.Fields,
                    $"{site}/api/donnees/{d.Slug}/{r.Slug}/lignes",
                    $"{site}/api/donnees/{d.Slug}/{r.Slug}/export.csv"
                ))
                .ToList()
        );
}

/// <summary>A published resource of a dataset: its columns and where to read its rows.</summary>
[Description("Une ressource publiée : ses colonnes et les adresses de ses lignes.")]
internal sealed record ApiResource(
    string Slug,
    string Titre,
    string Format,
    [property: Description("Nombre de lignes publiées.")] long Lignes,
    [property: Description("Schéma SCDL auquel les lignes sont conformes, s'il y en a un.")] string? Schema,
    [property: Description("Les colonnes (Table Schema) : nom, type, contraintes.")] IReadOnlyList<SchemaField> Champs,
    [property: Description("Les lignes, page par page, filtrées et triées.")] string Api,
    [property: Description("Toutes les lignes en CSV.")] string Export
);
