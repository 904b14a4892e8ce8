using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Bocage.Web.Hosting;

/// <summary>
/// The public API's OpenAPI document (<c>/api/openapi.json</c>) as its readers need it: what it is, under which
/// licence its data come, that no operation asks for credentials (stated on the root, so that every operation
/// has its security said), and what each group of operations is for.
/// </summary>
internal sealed class PublicApiDocument(Bocage.Kernel.Web.PublicSite site) : IOpenApiDocumentTransformer
{
    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Données ouvertes"] =
            "Le catalogue de données ouvertes du territoire, ses lignes, ses exports et son DCAT-AP.",
        ["Carte"] = "Les couches de la carte du territoire en GeoJSON.",
        ["Paiements"] = "Les notifications de PayFiP, le service de paiement en ligne de la DGFiP.",
    };

    public Task TransformAsync(
        OpenApiDocument document,
        OpenApiDocumentTransformerContext context,
        CancellationToken cancellationToken
    )
    {
        document.Info = new OpenApiInfo
        {
            Title = "Bocage — services en ligne du Sud Avesnois",
            Version = "1",
            Description =
                "Données ouvertes, carte et paiements de la Communauté de Communes Sud Avesnois. "
                + "Les erreurs sont des « problem details » (RFC 9457, application/problem+json).",
            License = new OpenApiLicense
            {
                Name = "Licence Ouverte 2.0 (données)",
                Url = new Uri("https://www.etalab.gouv.fr/licence-ouverte-open-licence/"),
            },
        };
        // The configured public address, never the address the document was asked on.
        document.Servers = [new OpenApiServer { Url = site.Root }];
        // Public: nothing to sign in with. An empty requirement says so for every operation.
        document.Security = [new OpenApiSecurityRequirement()];
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            tag.Description ??= TagDescriptions.GetValueOrDefault(tag.Name ?? "");
        }
        return Task.CompletedTask;
    }
}
