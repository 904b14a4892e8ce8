using CsvHelper;

namespace Bocage.Kernel.Seed;

/// <summary>Reads the territory's seed files: semicolon separated, UTF-8, one header line.</summary>
public static class SemicolonCsv
{
    public static List<T> Read<T>(TextReader text, Func<Func<string, string>, T> map)
    {
        using var csv = CsvReader.Create(
            text,
            new CsvReaderOptions { Separator = ';', TrimWhitespace = true },
            leaveOpen: true
        );
        var rows = new List<T>();
        while (csv.Read())
        {
            rows.Add(map(column => csv.GetString(column)));
        }
        return rows;
    }
}
