using System.Text;

namespace Bocage.Kernel.Files;

/// <summary>
/// Reads a text file that may be in Windows-1252 rather than UTF-8: Excel's plain « CSV (séparateur : point-virgule) »
/// on a French Windows writes that code page, and an agent should not have to know which of Excel's CSV options to
/// pick. Text that is already UTF-8 passes unchanged; bytes that are no text in either (a NUL, a control character,
/// a code Windows-1252 leaves undefined) pass unchanged too, for the upload's sniffer to refuse.
/// </summary>
public static class LegacyText
{
    // Windows-1252's 0x80–0x9F; 0xA0–0xFF are Latin-1's. Zero: a code the code page leaves undefined.
    private static readonly char[] High =
    [
        '€',
        '\0',
        '‚',
        'ƒ',
        '„',
        '…',
        '†',
        '‡',
        'ˆ',
        '‰',
        'Š',
        '‹',
        'Œ',
        '\0',
        'Ž',
        '\0',
        '\0',
        '‘',
        '’',
        '“',
        '”',
        '•',
        '–',
        '—',
        '˜',
        '™',
        'š',
        '›',
        'œ',
        '\0',
        'ž',
        'Ÿ',
    ];

    private static readonly UTF8Encoding StrictUtf8 = new(
        encoderShouldEmitUTF8Identifier: false,
        throwOnInvalidBytes: true
    );

    /// <summary>
    /// The content as UTF-8, read whole up to <paramref name="maxBytes"/> (beyond, it is passed on as it came, for the
    /// upload's size limit to refuse); whether it was read as Windows-1252.
    /// </summary>
    public static async Task<(Stream Content, bool FromWindows1252)> AsUtf8Async(
        Stream content,
        long maxBytes,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(content);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                await content.CopyToAsync(buffer, cancellationToken);
                buffer.Position = 0;
                return (buffer, false);
            }
        }
        var bytes = buffer.ToArray();
        return Windows1252(bytes) is { } text
            ? (new MemoryStream(Encoding.UTF8.GetBytes(text)), true)
            : (new MemoryStream(bytes), false);
    }

    /// <summary>The bytes as Windows-1252 text when they are not UTF-8 but text in that code page; else null.</summary>
    public static string? Windows1252(ReadOnlySpan<byte> bytes)
    {
        if (IsUtf8(bytes))
        {
            return null;
        }
        var text = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var c = b switch
            {
                < 0x20 when b is not ((byte)'\t' or (byte)'\n' or (byte)'\r') => '\0',
                0x7F => '\0',
                >= 0x80 and < 0xA0 => High[b - 0x80],
                _ => (char)b,
            };
            if (c == '\0')
            {
                return null;
            }
            text[i] = c;
        }
        return new string(text);
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
