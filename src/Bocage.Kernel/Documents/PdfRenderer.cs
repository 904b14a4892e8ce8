using PdfSharp.Drawing;

namespace Bocage.Kernel.Documents;

/// <summary>Lays out a <see cref="PdfDocument"/> on A4 pages with PDFsharp and the embedded DejaVu Sans font.</summary>
public sealed class PdfRenderer : IPdfRenderer
{
    private const double BlockGap = 8;
    private const int FooterLines = 2;
    private const double EmblemHeight = 56.7; // 2 cm, a letterhead's size

    private readonly TimeProvider _time;

    public PdfRenderer(TimeProvider time)
    {
        _time = time;
        PdfFonts.EnsureInstalled();
    }

    public byte[] Render(PdfDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var output = new PdfSharp.Pdf.PdfDocument();
        output.Info.Title = PdfText.Line(document.Title);
        output.Info.Creator = "Bocage";
        output.Info.CreationDate = _time.GetLocalNow().DateTime;
        output.Language = string.IsNullOrWhiteSpace(document.Language) ? "fr-FR" : document.Language;
        // PDFsharp deflates page content without the zlib Adler-32 trailer (qpdf warns, strict readers refuse):
        // the few kilobytes of page operators stay plain; the embedded font's stream is compressed correctly.
        output.Options.CompressContentStreams = false;

        using (var writer = new PdfPageWriter(output))
        {
            DrawTitle(writer, document);
            foreach (var block in document.Blocks ?? [])
            {
                DrawBlock(writer, block);
            }
        }

        DrawFooters(output, PdfText.Line(document.Footer));
        using var stream = new MemoryStream();
        output.Save(stream, false);
        return stream.ToArray();
    }

    private static void DrawTitle(PdfPageWriter writer, PdfDocument document)
    {
        if (document.Emblem is { Length: > 0 } emblem)
        {
            // The stream must stay open until the document is saved: PDFsharp reads the picture then.
            var picture = XImage.FromStream(new MemoryStream(emblem, writable: false));
            writer.Picture(picture, EmblemHeight);
            writer.Space(BlockGap);
        }
        DrawWrapped(writer, PdfText.Line(document.Title), writer.Title);
        var subtitle = PdfText.Line(document.Subtitle);
        if (subtitle.Length > 0)
        {
            DrawWrapped(writer, subtitle, writer.Subtitle);
        }

        writer.Space(BlockGap);
    }

    private static void DrawBlock(PdfPageWriter writer, PdfBlock? block)
    {
        switch (block)
        {
            case PdfHeading heading:
                // Keep a heading with at least one line of what follows it.
                writer.Ensure(PdfPageWriter.LineHeight(writer.Heading) + PdfPageWriter.LineHeight(writer.Body) * 2);
                writer.Space(BlockGap / 2);
                DrawWrapped(writer, PdfText.Line(heading.Text), writer.Heading);
                break;
            case PdfParagraph paragraph:
                foreach (var line in PdfText.Lines(paragraph.Text))
                {
                    DrawWrapped(writer, line, writer.Body);
                }

                break;
            case PdfFields fields:
                DrawFields(writer, fields.Items ?? []);
                break;
            case PdfTable table:
                new PdfTableWriter(writer).Draw(table);
                break;
            default:
                return;
        }

        writer.Space(BlockGap);
    }

    private static void DrawWrapped(PdfPageWriter writer, string text, XFont font)
    {
        foreach (var line in writer.Wrap(text, font, writer.Width))
        {
            writer.Ensure(PdfPageWriter.LineHeight(font));
            writer.Text(line, font, writer.Left);
            writer.Advance(font);
        }
    }

    /// <summary>Labels in a bold column (at most 40 % of the width), values wrapped beside them.</summary>
    private static void DrawFields(PdfPageWriter writer, IReadOnlyList<PdfField> items)
    {
        var labels = items.Select(f => PdfText.Line(f?.Label) + " :").ToList();
        var labelWidth = Math.Min(
            writer.Width * 0.4,
            labels.DefaultIfEmpty("").Max(l => writer.Measure(l, writer.Strong)) + 8
        );
        for (var i = 0; i < items.Count; i++)
        {
            var label = writer.Wrap(labels[i], writer.Strong, labelWidth - 8);
            var value = writer.Wrap(PdfText.Line(items[i]?.Value), writer.Body, writer.Width - labelWidth);
            for (var line = 0; line < Math.Max(label.Count, value.Count); line++)
            {
                writer.Ensure(PdfPageWriter.LineHeight(writer.Body));
                if (line < label.Count)
                {
                    writer.Text(label[line], writer.Strong, writer.Left);
                }

                if (line < value.Count)
                {
                    writer.Text(value[line], writer.Body, writer.Left + labelWidth);
                }

                writer.Advance(writer.Body);
            }

            writer.Space(2);
        }
    }

    /// <summary>Drawn once every page exists, since each carries the total: "page n / N".</summary>
    private static void DrawFooters(PdfSharp.Pdf.PdfDocument output, string footer)
    {
        var font = PdfPageWriter.Font(8, XFontStyleEx.Regular);
        for (var i = 0; i < output.PageCount; i++)
        {
            var page = output.Pages[i];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var number = $"page {i + 1} / {output.PageCount}";
            var numberWidth = graphics.MeasureString(number, font).Width;
            var left = PdfPageWriter.Margin;
            var right = page.Width.Point - PdfPageWriter.Margin;
            var y = page.Height.Point - PdfPageWriter.Margin - PdfPageWriter.FooterHeight + 8;
            graphics.DrawLine(new XPen(XColors.Gray, 0.3), left, y - 4, right, y - 4);
            graphics.DrawString(
                number,
                font,
                XBrushes.Black,
                new XPoint(right - numberWidth, y),
                XStringFormats.TopLeft
            );
            foreach (var line in FooterText(graphics, footer, font, right - left - numberWidth - 12))
            {
                graphics.DrawString(line, font, XBrushes.Black, new XPoint(left, y), XStringFormats.TopLeft);
                y += PdfPageWriter.LineHeight(font);
            }
        }
    }

    private static IEnumerable<string> FooterText(XGraphics graphics, string footer, XFont font, double width)
    {
        var lines = PdfWrap.Lines(footer, text => graphics.MeasureString(text, font).Width, width);
        // The footer zone holds two lines; longer footers are cut rather than overprinting the margin.
        return lines.Count <= FooterLines ? lines : [.. lines.Take(FooterLines - 1), lines[FooterLines - 1] + " …"];
    }
}
