namespace Bocage.Kernel.Files;

public static class FileKinds
{
    public static readonly IReadOnlyList<FileKindInfo> All =
    [
        new(FileKind.Pdf, "PDF", "application/pdf", "un PDF", [".pdf"]),
        new(FileKind.Png, "PNG", "image/png", "une image PNG", [".png"]),
        new(FileKind.Jpeg, "JPEG", "image/jpeg", "une image JPEG", [".jpg", ".jpeg"]),
        new(FileKind.Csv, "CSV", "text/csv", "un fichier CSV enregistré en UTF-8", [".csv"]),
        new(
            FileKind.Xlsx,
            "XLSX",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "un classeur XLSX",
            [".xlsx"]
        ),
        new(FileKind.Ods, "ODS", "application/vnd.oasis.opendocument.spreadsheet", "un classeur ODS", [".ods"]),
        new(
            FileKind.Docx,
            "DOCX",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "un document DOCX",
            [".docx"]
        ),
        new(FileKind.Odt, "ODT", "application/vnd.oasis.opendocument.text", "un document ODT", [".odt"]),
        new(FileKind.Json, "JSON", "application/json", "un fichier JSON", [".json"]),
        new(FileKind.GeoJson, "GeoJSON", "application/geo+json", "un fichier GeoJSON", [".geojson"]),
        new(FileKind.Text, "TXT", "text/plain", "un texte enregistré en UTF-8", [".txt"]),
        new(FileKind.Gpx, "GPX", "application/gpx+xml", "une trace GPX", [".gpx"]),
        new(FileKind.Glb, "GLB", "model/gltf-binary", "un modèle 3D glTF binaire (GLB)", [".glb"]),
    ];

    public static FileKindInfo Of(FileKind kind) => All.Single(k => k.Kind == kind);

    /// <summary>The allowed kind the name's extension claims, or null when the extension is not allowed here.</summary>
    public static FileKindInfo? ClaimedBy(string fileName, IEnumerable<FileKind> allowed)
    {
        var extension = Path.GetExtension(fileName);
        return allowed
            .Distinct()
            .Select(Of)
            .FirstOrDefault(k => k.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
    }
}
