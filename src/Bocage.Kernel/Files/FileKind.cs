namespace Bocage.Kernel.Files;

/// <summary>A kind of file a person may send; each upload field allows a few of them.</summary>
public enum FileKind
{
    Pdf,
    Png,
    Jpeg,
    Csv,
    Xlsx,
    Ods,
    Docx,
    Odt,
    Json,
    GeoJson,
    Text,
    Gpx,
    Glb,
}
