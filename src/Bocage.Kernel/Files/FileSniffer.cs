using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;

namespace Bocage.Kernel.Files;

/// <summary>
/// Tells whether content really is of a kind, from its bytes: the name and the browser's declared type
/// are the sender's word, the magic bytes are not.
/// </summary>
public static class FileSniffer
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> ZipSignature => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static bool Matches(FileKind kind, ReadOnlyMemory<byte> content) => kind switch
    {
        FileKind.Pdf => content.Span.StartsWith("%PDF-"u8),
        FileKind.Png => content.Span.StartsWith(PngSignature),
        FileKind.Jpeg => content.Span.StartsWith(JpegSignature),
        FileKind.Xlsx => IsOfficeOpenXml(content, "xl/workbook.xml", "xl/vbaProject.bin"),
        FileKind.Docx => IsOfficeOpenXml(content, "word/document.xml", "word/vbaProject.bin"),
        FileKind.Ods => IsOpenDocument(content, "application/vnd.oasis.opendocument.spreadsheet"),
        FileKind.Odt => IsOpenDocument(content, "application/vnd.oasis.opendocument.text"),
        FileKind.Csv or FileKind.Text => IsText(content.Span),
        FileKind.Json => IsText(content.Span) && IsJson(content, geo: false),
        FileKind.GeoJson => IsText(content.Span) && IsJson(content, geo: true),
        _ => false,
    };

    /// <summary>UTF-8 without NUL: what every program reading CSV or text expects, and what no binary is.</summary>
    public static bool IsText(ReadOnlySpan<byte> content) => Utf8.IsValid(content) && !content.Contains((byte)0);

    // A macro-enabled workbook renamed .xlsx keeps its vbaProject.bin: refused, macros are no data.
    private static bool IsOfficeOpenXml(ReadOnlyMemory<byte> content, string mainPart, string macros) =>
        WithZip(content, zip => zip.GetEntry("[Content_Types].xml") is not null
                                && zip.GetEntry(mainPart) is not null
                                && zip.GetEntry(macros) is null);

    private static bool IsOpenDocument(ReadOnlyMemory<byte> content, string mimeType) =>
        WithZip(content, zip =>
        {
            var entry = zip.GetEntry("mimetype");
            if (entry is null || entry.Length != mimeType.Length || zip.GetEntry("content.xml") is null)
            {
                return false;
            }
            using var reader = new StreamReader(entry.Open());
            return reader.ReadToEnd() == mimeType;
        });

    private static bool WithZip(ReadOnlyMemory<byte> content, Func<ZipArchive, bool> test)
    {
        if (!content.Span.StartsWith(ZipSignature))
        {
            return false;
        }
        var bytes = MemoryMarshal.TryGetArray(content, out var segment) ? segment : new ArraySegment<byte>(content.ToArray());
        try
        {
            using var stream = new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            return test(zip);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static bool IsJson(ReadOnlyMemory<byte> content, bool geo)
    {
        // JsonDocument refuses a byte order mark that editors on Windows often write.
        var json = content.Span.StartsWith(Utf8Bom) ? content[Utf8Bom.Length..] : content;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
            return !geo || (document.RootElement.ValueKind == JsonValueKind.Object
                            && document.RootElement.TryGetProperty("type", out var type)
                            && type.ValueKind == JsonValueKind.String);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
