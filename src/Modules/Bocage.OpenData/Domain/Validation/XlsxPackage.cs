using System.IO.Compression;

namespace Bocage.OpenData.Domain.Validation;

/// <summary>
/// A workbook judged from its zip directory alone, before any part is inflated: macros, a size that would
/// inflate past the limit, or no workbook at all are refused without parsing. The sizes it reads are the
/// declared ones, and the zip reader never inflates an entry past its declared size.
/// </summary>
internal static class XlsxPackage
{
    public static string? Problem(Stream content, XlsxLimits limits, ReportMessages messages)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            long inflated = 0;
            foreach (var entry in zip.Entries)
            {
                if (IsMacroPart(entry.FullName))
                {
                    return messages.XlsxMacros;
                }
                inflated += entry.Length;
                if (inflated > limits.MaxUncompressedBytes)
                {
                    return messages.XlsxTooLarge(limits.MaxUncompressedBytes / (1024 * 1024));
                }
            }
            return zip.GetEntry("xl/workbook.xml") is null || zip.GetEntry("[Content_Types].xml") is null
                ? messages.UnreadableXlsx
                : null;
        }
        catch (InvalidDataException)
        {
            return messages.UnreadableXlsx;
        }
    }

    // VBA projects (xlsm renamed .xlsx) and Excel 4 macro sheets: code, never data.
    private static bool IsMacroPart(string name) =>
        name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("xl/macrosheets/", StringComparison.OrdinalIgnoreCase);
}
