using System.Text;
using System.Text.Unicode;
using Bocage.Kernel.Files;

namespace Bocage.OpenData.Domain.Validation;

/// <summary>
/// Producers' files come from spreadsheets that save in UTF-8 (with or without a byte order mark) or,
/// on older Windows, in Windows-1252. Bytes that are valid UTF-8 are read as UTF-8; anything else is
/// read as Windows-1252, which can decode every byte.
/// </summary>
internal static class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The encoding's name as French reports show it; <see cref="ReportMessages"/> says it in the request's language.
    /// </summary>
    public const string Utf8WithBom = "UTF-8 avec BOM";

    public static string EncodingOf(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(Utf8Bom) ? Utf8WithBom
        : Utf8.IsValid(bytes) ? "UTF-8"
        : "Windows-1252";

    /// <summary>The same answer as for the bytes, read chunk by chunk from the stream's start (seekable).</summary>
    /// <remarks>A NUL byte counts as not UTF-8 here, as in the kernel's check: such a file is refused there
    /// anyway.</remarks>
    public static string EncodingOf(Stream content)
    {
        Span<byte> head = stackalloc byte[3];
        content.Position = 0;
        var bom = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == 3 && head.StartsWith(Utf8Bom);
        return bom ? Utf8WithBom
            : FileSniffer.IsText(content) ? "UTF-8"
            : "Windows-1252";
    }

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Utf8Bom))
        {
            return Encoding.UTF8.GetString(bytes[Utf8Bom.Length..]);
        }
        return Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : Encoding.GetEncoding(1252).GetString(bytes);
    }

    /// <summary>The text as UTF-8 without BOM: what the kernel's file store accepts for CSV.</summary>
    /// <remarks>The same array when it is already UTF-8 without BOM: a 200 MB file is not copied for nothing.</remarks>
    public static byte[] ToUtf8(byte[] bytes) =>
        !bytes.AsSpan().StartsWith(Utf8Bom) && Utf8.IsValid(bytes) ? bytes : Encoding.UTF8.GetBytes(Decode(bytes));
}
