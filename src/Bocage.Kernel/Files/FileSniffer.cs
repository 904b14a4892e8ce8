using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Bocage.Kernel.Files;

/// <summary>
/// Tells whether content really is of a kind, from its bytes: the name and the browser's declared type
/// are the sender's word, the magic bytes are not. Content is read as a seekable stream (an upload's
/// temporary file), so a text of 200 MB is checked chunk by chunk rather than held in memory.
/// </summary>
public static class FileSniffer
{
    private const int ChunkSize = 81920;

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> ZipSignature => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static bool Matches(FileKind kind, ReadOnlyMemory<byte> content)
    {
        using var stream = MemoryStreams.Over(content);
        return Matches(kind, stream);
    }

    /// <summary>Reads <paramref name="content"/> (seekable) from its start; leaves its position anywhere.</summary>
    public static bool Matches(FileKind kind, Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Span<byte> buffer = stackalloc byte[8];
        content.Position = 0;
        var head = buffer[..content.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false)];
        return kind switch
        {
            FileKind.Pdf => head.StartsWith("%PDF-"u8),
            FileKind.Png => head.StartsWith(PngSignature),
            FileKind.Jpeg => head.StartsWith(JpegSignature),
            FileKind.Xlsx => head.StartsWith(ZipSignature)
                && IsOfficeOpenXml(content, "xl/workbook.xml", "xl/vbaProject.bin"),
            FileKind.Docx => head.StartsWith(ZipSignature)
                && IsOfficeOpenXml(content, "word/document.xml", "word/vbaProject.bin"),
            FileKind.Ods => head.StartsWith(ZipSignature)
                && IsOpenDocument(content, "application/vnd.oasis.opendocument.spreadsheet"),
            FileKind.Odt => head.StartsWith(ZipSignature)
                && IsOpenDocument(content, "application/vnd.oasis.opendocument.text"),
            FileKind.Csv or FileKind.Text => IsText(content),
            FileKind.Json => IsText(content) && IsJson(content, head.StartsWith(Utf8Bom), geo: false),
            FileKind.GeoJson => IsText(content) && IsJson(content, head.StartsWith(Utf8Bom), geo: true),
            FileKind.Gpx => IsText(content) && IsGpx(content),
            FileKind.Glb => IsGlb(content),
            _ => false,
        };
    }

    /// <summary>UTF-8 without NUL: what every program reading CSV or text expects, and what no binary is.</summary>
    public static bool IsText(ReadOnlySpan<byte> content) => Utf8.IsValid(content) && !content.Contains((byte)0);

    /// <summary>
    /// The same test as <see cref="IsText(ReadOnlySpan{byte})"/>, chunk by chunk from the stream's start.
    /// </summary>
    public static bool IsText(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        content.Position = 0;
        // A strict decoder keeps the bytes of a character cut by a chunk's end for the next chunk.
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var chars = ArrayPool<char>.Shared.Rent(ChunkSize + 4);
        try
        {
            int read;
            while ((read = content.Read(bytes, 0, ChunkSize)) > 0)
            {
                if (bytes.AsSpan(0, read).Contains((byte)0))
                {
                    return false;
                }
                decoder.GetChars(bytes.AsSpan(0, read), chars, flush: false);
            }
            decoder.GetChars([], chars, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    // A macro-enabled workbook renamed .xlsx keeps its vbaProject.bin: refused, macros are no data.
    private static bool IsOfficeOpenXml(Stream content, string mainPart, string macros) =>
        WithZip(content, zip =>
            zip.GetEntry("[Content_Types].xml") is not null
            && zip.GetEntry(mainPart) is not null
            && zip.GetEntry(macros) is null
        );

    private static bool IsOpenDocument(Stream content, string mimeType) => WithZip(content, zip =>
        {
            var entry = zip.GetEntry("mimetype");
            if (entry is null || entry.Length != mimeType.Length || zip.GetEntry("content.xml") is null)
            {
                return false;
            }
            using var reader = new StreamReader(entry.Open());
            return reader.ReadToEnd() == mimeType;
        });

    // The archive reads its central directory by seeking: nothing but the entries looked at is loaded.
    private static bool WithZip(Stream content, Func<ZipArchive, bool> test)
    {
        try
        {
            content.Position = 0;
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return test(zip);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    // JSON files are read whole (the document), as their engines read them afterwards anyway.
    // An XML text whose first element is <gpx>: its start says so, whatever the prologue or comments before it.
    private static bool IsGpx(Stream content)
    {
        content.Position = 0;
        var head = new byte[4096];
        var text = Encoding.UTF8.GetString(head, 0, content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false));
        var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return (
                start.StartsWith("<?xml", StringComparison.Ordinal)
                || start.StartsWith("<gpx", StringComparison.Ordinal)
            ) && text.Contains("<gpx", StringComparison.Ordinal);
    }

    // A binary glTF 2.0 (the 3D models model-viewer shows): magic, version 2, the length its header declares being
    // the file's own, and a JSON chunk first, as the specification requires.
    private static bool IsGlb(Stream content)
    {
        content.Position = 0;
        Span<byte> header = stackalloc byte[20];
        if (content.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length)
        {
            return false;
        }
        return header.StartsWith("glTF"u8)
            && BinaryPrimitives.ReadUInt32LittleEndian(header[4..]) == 2
            && BinaryPrimitives.ReadUInt32LittleEndian(header[8..]) == content.Length
            && header[16..].SequenceEqual("JSON"u8);
    }

    private static bool IsJson(Stream content, bool bom, bool geo)
    {
        // JsonDocument refuses a byte order mark that editors on Windows often write.
        content.Position = bom ? Utf8Bom.Length : 0;
        try
        {
            using var document = JsonDocument.Parse(content, new JsonDocumentOptions { MaxDepth = 256 });
            return !geo
                || (
                    document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("type", out var type)
                    && type.ValueKind == JsonValueKind.String
                );
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
