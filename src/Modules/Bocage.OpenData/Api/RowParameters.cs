using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Bocage.OpenData.Api;

/// <summary>
/// The query parameters of the rows and export operations, which <see cref="Domain.Catalogue.RowQuery"/> reads from
/// the query string itself (a column's filter is named after the column), declared for the OpenAPI document.
/// </summary>
internal static class RowParameters
{
    public static Task DescribeAsync(
        OpenApiOperation operation,
        OpenApiOperationTransformerContext context,
        CancellationToken cancellationToken
    )
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(Query("tri", "Colonne de tri, précédée de « - » pour l'ordre décroissant.", Text()));
        operation.Parameters.Add(Query("champs", "Colonnes à renvoyer, séparées par des virgules.", Text()));
        operation.Parameters.Add(
            Query(
                "page",
                "Numéro de page, à partir de 1.",
                new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1" }
            )
        );
        operation.Parameters.Add(
            Query(
                "taille",
                "Lignes par page (1000 au plus).",
                new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer,
                    Minimum = "1",
                    Maximum = "1000",
                }
            )
        );
        var filter = Query(
            "filtres",
            "Filtres par colonne, chacun un paramètre nommé d'après la colonne : {colonne}=valeur (égal), "
                + "{colonne}__contient=texte, {colonne}__min=n, {colonne}__max=n.",
            new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = Text() }
        );
        filter.Style = ParameterStyle.Form;
        filter.Explode = true;
        operation.Parameters.Add(filter);
        return Task.CompletedTask;
    }

    private static OpenApiSchema Text() => new() { Type = JsonSchemaType.String };

    private static OpenApiParameter Query(string name, string description, OpenApiSchema schema) =>
        new()
        {
            Name = name,
            In = ParameterLocation.Query,
            Description = description,
            Schema = schema,
        };
}
