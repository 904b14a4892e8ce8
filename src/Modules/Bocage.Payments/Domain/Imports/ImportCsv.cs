using CsvHelper;

namespace Bocage.Payments.Domain.Imports;

/// <summary>One data line of an import file: its line number (the header is line 1) and its columns by name.</summary>
internal sealed record ImportCsvRow(
    int Line,
    string Regie,
    string Name,
    string Email,
    string Label,
    string Amount,
    string DueDate
);

/// <summary>
/// Reads the import's semicolon CSV (<c>regie;nom;email;libelle;montant;echeance</c>); a missing column reads as empty.
/// </summary>
internal static class ImportCsv
{
    public static IEnumerable<ImportCsvRow> Rows(TextReader text)
    {
        using var csv = CsvReader.Create(
            text,
            new CsvReaderOptions { Separator = ';', TrimWhitespace = true },
            leaveOpen: true
        );
        var line = 1;
        while (csv.Read())
        {
            line++;
            string Column(string name)
            {
                try
                {
                    return csv.GetString(name) ?? "";
                }
                catch (Exception e)
                    when (e
                            is ArgumentException
                                or KeyNotFoundException
                                or InvalidOperationException
                                or IndexOutOfRangeException
                    )
                {
                    return "";
                }
            }
            yield return new ImportCsvRow(
                line,
                Column("regie"),
                Column("nom"),
                Column("email"),
                Column("libelle"),
                Column("montant"),
                Column("echeance")
            );
        }
    }

    /// <summary>
    /// How many data lines, counted up to <paramref name="max"/> + 1 so that a too long file is told apart.
    /// </summary>
    public static int Count(TextReader text, int max) => Rows(text).Take(max + 1).Count();
}
