using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Bocage.Kernel.Tests.Documents;

/// <summary>Reads a rendered PDF back with PDFsharp to check what was really written.</summary>
internal sealed class PdfInspector
{
    private PdfInspector(byte[] bytes, PdfSharp.Pdf.PdfDocument document)
    {
        Bytes = bytes;
        Document = document;
    }

    public byte[] Bytes { get; }
    public PdfSharp.Pdf.PdfDocument Document { get; }
    public int PageCount => Document.PageCount;

    public static PdfInspector Open(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return new PdfInspector(bytes, PdfReader.Open(stream, PdfDocumentOpenMode.Import));
    }

    /// <summary>
    /// The page's content streams, decompressed. Text the renderer can encode in WinAnsi is written as literal
    /// strings, which Latin-1 reads back for ASCII and French accented letters.
    /// </summary>
    public string Content(int pageIndex)
    {
        var page = Document.Pages[pageIndex];
        var text = new StringBuilder();
        foreach (var item in page.Contents.Elements)
        {
            var stream = item is PdfSharp.Pdf.Advanced.PdfReference reference
                ? ((PdfDictionary)reference.Value).Stream
                : ((PdfDictionary)item).Stream;
            text.Append(Encoding.Latin1.GetString(stream.UnfilteredValue)).Append('\n');
        }

        return text.ToString();
    }

    public string AllContent() => string.Join('\n', Enumerable.Range(0, PageCount).Select(Content));

    public static int Occurrences(string text, string value)
    {
        var count = 0;
        for (
            var at = text.IndexOf(value, StringComparison.Ordinal);
            at >= 0;
            at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal)
        )
        {
            count++;
        }

        return count;
    }

    public bool RawContains(string ascii) => Encoding.Latin1.GetString(Bytes).Contains(ascii, StringComparison.Ordinal);
}
