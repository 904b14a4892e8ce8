using System.Text;
using Bocage.Kernel.Files;

namespace Bocage.Places.Domain.Import;

/// <summary>
/// The example file offered on the import page: every column, one place. Semicolons and a byte order mark, so that
/// a French spreadsheet opens it in columns and with its accents, and saves it back in a form the import reads.
/// </summary>
internal static class PlaceCsvTemplate
{
    public const string FileName = "modele-import-lieux.csv";

    public static byte[] Content()
    {
        var text =
            CsvCells.Line(PlaceCsvColumns.All.Select(c => c.Name), ';', "\r\n")
            + CsvCells.Line(PlaceCsvColumns.All.Select(c => c.Example), ';', "\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
    }
}
