using PdfSharp.Drawing;

namespace Bocage.Kernel.Documents;

/// <summary>
/// Writes lines top to bottom on A4 pages, starting a new page when the next line would cross the bottom margin.
/// Keeps one <see cref="XGraphics"/> open: the one of the current page.
/// </summary>
internal sealed class PdfPageWriter : IDisposable
{
    public const double Margin = 56.7; // 2 cm
    public const double FooterHeight = 30;

    private readonly PdfSharp.Pdf.PdfDocument _output;
    private XGraphics? _graphics;

    public PdfPageWriter(PdfSharp.Pdf.PdfDocument output)
    {
        _output = output;
        NewPage();
    }

    public XFont Body { get; } = Font(10, XFontStyleEx.Regular);
    public XFont Strong { get; } = Font(10, XFontStyleEx.Bold);
    public XFont Heading { get; } = Font(13, XFontStyleEx.Bold);
    public XFont Title { get; } = Font(18, XFontStyleEx.Bold);
    public XFont Subtitle { get; } = Font(11, XFontStyleEx.Regular);
    public XFont Small { get; } = Font(8, XFontStyleEx.Regular);

    public double Left => Margin;
    public double Width { get; private set; }
    public double Y { get; private set; }

    private double Top => Margin;
    private double Bottom { get; set; }
    private XGraphics Graphics => _graphics ?? throw new ObjectDisposedException(nameof(PdfPageWriter));

    public static XFont Font(double size, XFontStyleEx style) => new(PdfFonts.Family, size, style);

    public static double LineHeight(XFont font) => font.Size * 1.3;

    /// <summary>Starts a new page when <paramref name="height"/> does not fit below; true when it did.</summary>
    public bool Ensure(double height)
    {
        if (Y + height <= Bottom || Y <= Top)
        {
            return false;
        }

        NewPage();
        return true;
    }

    public void Space(double height) => Y = Math.Min(Y + height, Bottom);

    public void Text(string text, XFont font, double x) =>
        Graphics.DrawString(text, font, XBrushes.Black, new XPoint(x, Y), XStringFormats.TopLeft);

    public void Advance(XFont font) => Y += LineHeight(font);

    public void Rule(double thickness)
    {
        Graphics.DrawLine(new XPen(XColors.Gray, thickness), Left, Y, Left + Width, Y);
    }

    /// <summary>Draws a picture at the left margin, <paramref name="height"/> points high; moves below it.</summary>
    public void Picture(XImage image, double height)
    {
        var width = height * image.PixelWidth / Math.Max(image.PixelHeight, 1);
        Graphics.DrawImage(image, Left, Y, Math.Min(width, Width), height);
        Y += height;
    }

    public double Measure(string text, XFont font) => Graphics.MeasureString(text, font).Width;

    /// <summary>
    /// Breaks text into lines no wider than <paramref name="width"/>; words longer than a line are cut.
    /// </summary>
    public IReadOnlyList<string> Wrap(string text, XFont font, double width) =>
        PdfWrap.Lines(text, candidate => Measure(candidate, font), width);

    public void Dispose()
    {
        _graphics?.Dispose();
        _graphics = null;
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        var page = _output.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        _graphics = XGraphics.FromPdfPage(page);
        Width = page.Width.Point - 2 * Margin;
        Bottom = page.Height.Point - Margin - FooterHeight;
        Y = Top;
    }
}
