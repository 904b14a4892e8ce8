using System.Text.Json.Nodes;
using Bocage.Kernel.Web;
using Bocage.OpenData.Api;
using Bocage.OpenData.Domain.Catalogue;

namespace Bocage.OpenData.Areas.OpenData.Pages.Donnees;

/// <summary>
/// A dataset as Schema.org's <c>Dataset</c>, the description Google's dataset search and others read in the page: name,
/// description, licence, creator, dates, the commune and the period it covers, and a <c>DataDownload</c> per format.
/// </summary>
internal static class DatasetDescription
{
    public static JsonObject Of(
        Dataset dataset,
        string communeName,
        (DateOnly Start, DateOnly End)? period,
        PublicSite site
    )
    {
        var page = site.Absolute($"/donnees/{dataset.Slug}");
        var downloads = new JsonArray();
        foreach (var resource in dataset.Resources.Where(r => r.BatchId != Guid.Empty))
        {
            foreach (var format in ExportFormats.Of(resource))
            {
                downloads.Add(
                    new JsonObject
                    {
                        ["@type"] = "DataDownload",
                        ["name"] = $"{resource.Title} ({format.ToUpperInvariant()})",
                        ["encodingFormat"] = ExportFormats.MediaType(format),
                        ["contentUrl"] = site.Absolute($"/api/donnees/{dataset.Slug}/{resource.Slug}/export.{format}"),
                    }
                );
            }
        }
        var description = new JsonObject
        {
            ["@type"] = "Dataset",
            ["name"] = dataset.Title,
            ["description"] = dataset.Description,
            ["url"] = page,
            ["identifier"] = page,
            ["keywords"] = new JsonArray(dataset.Theme),
            ["license"] = dataset.Licence == Dataset.DefaultLicence ? Dcat.LicenceOuverte : dataset.Licence,
            ["isAccessibleForFree"] = true,
            ["inLanguage"] = "fr",
            ["creator"] = new JsonObject { ["@type"] = "Organization", ["name"] = dataset.OrganisationName },
            ["datePublished"] = dataset.CreatedAt.ToString(
                "yyyy-MM-dd",
                System.Globalization.CultureInfo.InvariantCulture
            ),
            ["dateModified"] = dataset.UpdatedAt.ToString(
                "yyyy-MM-dd",
                System.Globalization.CultureInfo.InvariantCulture
            ),
            ["spatialCoverage"] = new JsonObject { ["@type"] = "Place", ["name"] = communeName },
            ["distribution"] = downloads,
        };
        if (period is { } covered)
        {
            // An ISO 8601 interval, as Schema.org asks.
            description["temporalCoverage"] = string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{covered.Start:yyyy-MM-dd}/{covered.End:yyyy-MM-dd}"
            );
        }
        return description;
    }
}
