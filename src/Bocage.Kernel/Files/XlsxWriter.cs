using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Bocage.Kernel.Files;

/// <summary>
/// A one-sheet workbook (Office Open XML SpreadsheetML, ECMA-376) written as the rows come, forward (callers
/// give it a file, copied to the response after: the zip's last writes are synchronous), so memory stays
/// flat. The parts are the ones every reader expects (content types, package and workbook relationships with
/// relative targets, a minimal style sheet, elements in the default namespace), strings inline, numbers as
/// numbers: it opens in Excel, LibreOffice, ExcelJS and SheetJS alike (tested with the last two in test.sh).
/// </summary>
public static class XlsxWriter
{
    /// <summary>Excel's own limit, header included.</summary>
    public const int MaxRows = 1_048_576;

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static async Task WriteAsync(
        Stream output,
        string sheetName,
        IReadOnlyList<string> headers,
        IAsyncEnumerable<IReadOnlyList<object?>> rows,
        CancellationToken cancellationToken
    )
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        await PartAsync(zip, "[Content_Types].xml", ContentTypes);
        await PartAsync(zip, "_rels/.rels", PackageRelationships);
        await PartAsync(zip, "xl/workbook.xml", Workbook(sheetName));
        await PartAsync(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships);
        await PartAsync(zip, "xl/styles.xml", Styles);
        await using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
        await using var xml = XmlWriter.Create(
            sheet,
            new XmlWriterSettings
            {
                Async = true,
                Encoding = new UTF8Encoding(false),
                CheckCharacters = false,
            }
        );
        await xml.WriteStartDocumentAsync(standalone: true);
        await xml.WriteStartElementAsync(null, "worksheet", Main);
        await xml.WriteStartElementAsync(null, "sheetData", Main);
        var number = 1;
        await RowAsync(xml, number, headers);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (++number > MaxRows)
            {
                break;
            }
            await RowAsync(xml, number, row);
        }
        await xml.WriteEndDocumentAsync();
    }

    private static async Task RowAsync(XmlWriter xml, int number, IReadOnlyList<object?> cells)
    {
        await xml.WriteStartElementAsync(null, "row", Main);
        await xml.WriteAttributeStringAsync(null, "r", null, number.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] is null or "")
            {
                continue;
            }
            await xml.WriteStartElementAsync(null, "c", Main);
            await xml.WriteAttributeStringAsync(
                null,
                "r",
                null,
                Column(i) + number.ToString(CultureInfo.InvariantCulture)
            );
            switch (cells[i])
            {
                case bool flag:
                    await xml.WriteAttributeStringAsync(null, "t", null, "b");
                    await xml.WriteElementStringAsync(null, "v", Main, flag ? "1" : "0");
                    break;
                case int or long or decimal or double or float:
                    await xml.WriteElementStringAsync(
                        null,
                        "v",
                        Main,
                        Convert.ToString(cells[i], CultureInfo.InvariantCulture) ?? ""
                    );
                    break;
                default:
                    await xml.WriteAttributeStringAsync(null, "t", null, "inlineStr");
                    await xml.WriteStartElementAsync(null, "is", Main);
                    await xml.WriteStartElementAsync(null, "t", Main);
                    await xml.WriteAttributeStringAsync("xml", "space", null, "preserve");
                    await xml.WriteStringAsync(Printable(Convert.ToString(cells[i], CultureInfo.InvariantCulture)!));
                    await xml.WriteEndElementAsync();
                    await xml.WriteEndElementAsync();
                    break;
            }
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
    }

    private static Task RowAsync(XmlWriter xml, int number, IReadOnlyList<string> headers) =>
        RowAsync(xml, number, headers.Cast<object?>().ToList());

    /// <summary>A, B, … Z, AA, AB…: the cell's column.</summary>
    private static string Column(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }
        return name;
    }

    /// <summary>XML 1.0 has no place for most control characters: they become spaces.</summary>
    private static string Printable(string text) =>
        text.Any(c => c < ' ' && c is not ('\t' or '\n' or '\r'))
            ? new string(text.Select(c => c < ' ' && c is not ('\t' or '\n' or '\r') ? ' ' : c).ToArray())
            : text;

    private static async Task PartAsync(ZipArchive zip, string name, string content)
    {
        await using var part = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        await part.WriteAsync(
            Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + content)
        );
    }

    private static string Workbook(string sheetName) =>
        $"<workbook xmlns=\"{Main}\" xmlns:r=\"{OfficeRelationships}\"><sheets>"
        + $"<sheet name=\"{System.Security.SecurityElement.Escape(SheetName(sheetName))}\" sheetId=\"1\" r:id=\"rId1\"/>"
        + "</sheets></workbook>";

    /// <summary>Excel refuses a sheet name over 31 characters or holding : \ / ? * [ ].</summary>
    private static string SheetName(string name)
    {
        var clean = new string(name.Select(c => ":\\/?*[]".Contains(c) ? ' ' : c).ToArray()).Trim();
        return clean.Length == 0 ? "Feuille1" : clean[..Math.Min(31, clean.Length)];
    }

    private const string ContentTypes =
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        + "<Override PartName=\"/xl/styles.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        + "</Types>";

    private const string PackageRelationships =
        $"<Relationships xmlns=\"{Relationships}\"><Relationship Id=\"rId1\" "
        + $"Type=\"{OfficeRelationships}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";

    private const string WorkbookRelationships =
        $"<Relationships xmlns=\"{Relationships}\">"
        + $"<Relationship Id=\"rId1\" Type=\"{OfficeRelationships}/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        + $"<Relationship Id=\"rId2\" Type=\"{OfficeRelationships}/styles\" Target=\"styles.xml\"/>"
        + "</Relationships>";

    private const string Styles =
        $"<styleSheet xmlns=\"{Main}\">"
        + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs>"
        + "</styleSheet>";
}
