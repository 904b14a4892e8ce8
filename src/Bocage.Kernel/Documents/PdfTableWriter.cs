using PdfSharp.Drawing;

namespace Bocage.Kernel.Documents;

/// <summary>
/// Draws a table row by row; a row that does not fit continues on the next page under a repeated header.
/// </summary>
internal sealed class PdfTableWriter(PdfPageWriter writer)
{
    private const double Padding = 4;
    private const int SampledRows = 200;

    public void Draw(PdfTable table)
    {
        var headers = (table.Headers ?? []).Select(PdfText.Line).ToList();
        var rows = table.Rows ?? [];
        var columns = Math.Max(headers.Count, rows.Count == 0 ? 0 : rows.Max(r => r?.Count ?? 0));
        if (columns == 0)
        {
            return;
        }

        var widths = ColumnWidths(headers, rows, columns);
        var header = WrapRow(headers, widths, writer.Strong);
        writer.Ensure(LinesHeight(header.Count, writer.Strong) + PdfPageWriter.LineHeight(writer.Body) + 2 * Padding);
        DrawHeader(header, widths);
        foreach (var row in rows)
        {
            var cells = Enumerable
                .Range(0, columns)
                .Select(i => PdfText.Line(row is not null && i < row.Count ? row[i] : null))
                .ToList();
            DrawRow(WrapRow(cells, widths, writer.Body), widths, header);
        }

        writer.Space(Padding);
    }

    private void DrawHeader(List<IReadOnlyList<string>> header, double[] widths)
    {
        writer.Rule(0.8);
        writer.Space(Padding);
        DrawLines(header, widths, writer.Strong, null);
        writer.Space(Padding);
        writer.Rule(0.8);
        writer.Space(Padding);
    }

    private void DrawRow(List<IReadOnlyList<string>> cells, double[] widths, List<IReadOnlyList<string>> header)
    {
        DrawLines(cells, widths, writer.Body, header);
        writer.Space(Padding);
        writer.Rule(0.3);
        writer.Space(Padding);
    }

    /// <summary>
    /// Draws the cells line by line; when a page breaks inside, the header is drawn again on the new page.
    /// </summary>
    private void DrawLines(
        List<IReadOnlyList<string>> cells,
        double[] widths,
        XFont font,
        List<IReadOnlyList<string>>? header
    )
    {
        var lineCount = cells.Max(c => c.Count);
        for (var line = 0; line < lineCount; line++)
        {
            if (writer.Ensure(PdfPageWriter.LineHeight(font)) && header is not null)
            {
                DrawHeader(header, widths);
            }

            var x = writer.Left;
            for (var column = 0; column < cells.Count; column++)
            {
                if (line < cells[column].Count)
                {
                    writer.Text(cells[column][line], font, x + Padding);
                }

                x += widths[column];
            }

            writer.Advance(font);
        }
    }

    private List<IReadOnlyList<string>> WrapRow(IReadOnlyList<string> cells, double[] widths, XFont font) =>
        widths.Select((w, i) => writer.Wrap(i < cells.Count ? cells[i] : string.Empty, font, w - 2 * Padding)).ToList();

    private static double LinesHeight(int lines, XFont font) => lines * PdfPageWriter.LineHeight(font);

    /// <summary>
    /// Narrow columns keep their natural width (measured on the header and the first rows); the wide ones share
    /// what is left in proportion to their natural width, so that long texts wrap rather than overflow.
    /// </summary>
    private double[] ColumnWidths(List<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, int columns)
    {
        var natural = new double[columns];
        for (var i = 0; i < columns; i++)
        {
            var header = i < headers.Count ? writer.Measure(headers[i], writer.Strong) : 0;
            var cells = rows.Take(SampledRows)
                .Select(r => r is not null && i < r.Count ? writer.Measure(PdfText.Line(r[i]), writer.Body) : 0);
            natural[i] = Math.Max(header, cells.DefaultIfEmpty(0).Max()) + 2 * Padding + 1;
        }

        var share = writer.Width / columns;
        var narrow = natural.Where(w => w <= share).Sum();
        var wide = natural.Where(w => w > share).Sum();
        var total = natural.Sum();
        return natural
            .Select(w =>
                wide == 0 ? w / total * writer.Width
                : w <= share ? w
                : w / wide * (writer.Width - narrow)
            )
            .ToArray();
    }
}
