using Bocage.OpenData.Domain.Catalogue;

namespace Bocage.OpenData.Api;

/// <summary>The formats a resource is exported in, and their media types (IANA).</summary>
internal static class ExportFormats
{
    private static readonly string[] Tabular = ["csv", "json", "xlsx"];

    public static IEnumerable<string> Of(Resource resource) => resource.HasGeometry ? [.. Tabular, "geojson"] : Tabular;

    public static string MediaType(string format) =>
        format switch
        {
            "csv" => "text/csv",
            "json" => "application/json",
            "geojson" => "application/geo+json",
            "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not an export format"),
        };
}
