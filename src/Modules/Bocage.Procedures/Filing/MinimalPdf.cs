using System.Globalization;
using System.Text;

namespace Bocage.Procedures.Filing;

/// <summary>
/// A plain one-font PDF of text lines (WinAnsi, Helvetica), enough for receipts and decisions until
/// the kernel's document renderer is available to engines.
/// </summary>
internal static class MinimalPdf
{
    public static byte[] Render(IEnumerable<string> lines)
    {
        var wrapped = lines.SelectMany(Wrap).ToList();
        var pages = wrapped.Chunk(50).ToList();
        if (pages.Count == 0)
        {
            pages.Add([""]);
        }
        var objects = new List<string> { "<< /Type /Catalog /Pages 2 0 R >>", "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>" };
        var kids = new List<int>();
        foreach (var page in pages)
        {
            var content = new StringBuilder("BT /F1 11 Tf 50 790 Td 14 TL\n");
            foreach (var line in page)
            {
                content.Append('(').Append(Escape(line)).Append(") '\n");
            }
            content.Append("ET");
            objects.Add($"<< /Length {Latin1(content.ToString()).Length} >>\nstream\n{content}\nendstream");
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {objects.Count} 0 R >>");
            kids.Add(objects.Count);
        }
        objects[1] = $"<< /Type /Pages /Kids [{string.Join(' ', kids.Select(k => $"{k} 0 R"))}] /Count {kids.Count} >>";
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Latin1(pdf.ToString()).Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Latin1(pdf.ToString()).Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:0000000000} 00000 n \n");
        }
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Latin1(pdf.ToString());
    }

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    private static IEnumerable<string> Wrap(string line)
    {
        var clean = new string(line.Select(c => c is '\n' or '\r' or '\t' ? ' ' : c > 255 ? '?' : c).ToArray());
        for (var i = 0; i < clean.Length || i == 0; i += 90)
        {
            yield return clean.Length == 0 ? "" : clean.Substring(i, Math.Min(90, clean.Length - i));
        }
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");
}
