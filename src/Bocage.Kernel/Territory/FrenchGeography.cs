using System.Globalization;
using System.IO.Compression;
using Bocage.Kernel.Text;

namespace Bocage.Kernel.Territory;

/// <summary>A commune of France in the official geographic code: INSEE code, name, département, postcodes.</summary>
public sealed record CogCommune(string Code, string Name, string Departement, IReadOnlyList<string> Postcodes)
{
    /// <summary>« Fourmies (59) »: how a commune is told apart from its namesakes.</summary>
    public string Display => $"{Name} ({Departement})";
}

/// <summary>
/// France's communes, départements and régions (INSEE's COG) and the world's countries, shipped as data
/// (<c>Territory/Cog/README.md</c> names the sources), read once.
/// </summary>
public static class FrenchGeography
{
    private static readonly Lazy<IReadOnlyList<CogCommune>> LoadedCommunes = new(LoadCommunes);
    private static readonly Lazy<IReadOnlyDictionary<string, CogCommune>> ByCode = new(() =>
        Communes.ToDictionary(c => c.Code, StringComparer.Ordinal)
    );
    private static readonly Lazy<ILookup<string, CogCommune>> ByPostcode = new(() =>
        Communes.SelectMany(c => c.Postcodes.Select(p => (p, c))).ToLookup(x => x.p, x => x.c, StringComparer.Ordinal)
    );
    private static readonly Lazy<ILookup<string, CogCommune>> ByFoldedName = new(() =>
        Communes.ToLookup(c => Fold(c.Name), StringComparer.Ordinal)
    );

    public static IReadOnlyList<CogCommune> Communes => LoadedCommunes.Value;

    /// <summary>Départements: code (« 59 », « 2A », « 971 ») and name.</summary>
    public static IReadOnlyList<(string Code, string Name)> Departements { get; } =
        Read("departements.csv").Select(r => (r[0], r[1])).ToList();

    public static IReadOnlyList<(string Code, string Name)> Regions { get; } =
        Read("regions.csv").Select(r => (r[0], r[1])).ToList();

    /// <summary>Countries by ISO 3166-1 alpha-2 code, named in the language asked (French by default).</summary>
    public static IReadOnlyList<(string Code, string Name)> Countries(CultureInfo culture)
    {
        var column = culture.TwoLetterISOLanguageName switch
        {
            "en" => 2,
            "nl" => 3,
            _ => 1,
        };
        return CountryRows.Select(r => (r[0], r[column])).ToList();
    }

    private static readonly IReadOnlyList<string[]> CountryRows = Read("countries.csv");

    public static CogCommune? Commune(string code) => ByCode.Value.GetValueOrDefault(code);

    /// <summary>
    /// The communes a person may mean by what they typed: a postcode, an INSEE code, a name (any case, with or
    /// without accents or dashes), or a name followed by its département in brackets, « Saint-Aubin (59) ».
    /// </summary>
    public static IReadOnlyList<CogCommune> Find(string typed)
    {
        var text = typed.Trim();
        if (text.Length == 5 && text.All(char.IsAsciiLetterOrDigit))
        {
            // People type postcodes far more than INSEE codes, and in the Nord the two often look alike (59132 is
            // Trélon's postcode and another commune's code): the postcode wins, the code is the fallback.
            var byPostcode = ByPostcode.Value[text].ToList();
            if (byPostcode.Count > 0)
            {
                return byPostcode;
            }
            if (Commune(text.ToUpperInvariant()) is { } byCode)
            {
                return [byCode];
            }
        }
        string? departement = null;
        var bracket = text.LastIndexOf('(');
        if (bracket > 0 && text.EndsWith(')'))
        {
            departement = text[(bracket + 1)..^1].Trim().ToUpperInvariant();
            text = text[..bracket];
        }
        return ByFoldedName.Value[Fold(text)].Where(c => departement is null || c.Departement == departement).ToList();
    }

    /// <summary>Lower case, no accents, dashes and apostrophes as spaces: « Saint-Rémy » is « saint remy ».</summary>
    private static string Fold(string name) =>
        string.Join(
            ' ',
            Accents.Remove(name).ToLowerInvariant().Split([' ', '-', '\'', '’'], StringSplitOptions.RemoveEmptyEntries)
        );

    private static List<CogCommune> LoadCommunes()
    {
        using var stream = Open("communes.csv.gz");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        return Rows(gzip)
            .Select(r => new CogCommune(r[0], r[1], r[2], r[3].Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .ToList();
    }

    private static List<string[]> Read(string name)
    {
        using var stream = Open(name);
        return Rows(stream);
    }

    private static List<string[]> Rows(Stream stream)
    {
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var rows = new List<string[]>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            rows.Add(line.Split(';'));
        }
        return rows;
    }

    private static Stream Open(string name) =>
        typeof(FrenchGeography).Assembly.GetManifestResourceStream($"Bocage.Kernel.Cog.{name}")
        ?? throw new InvalidOperationException($"{name} is not embedded.");
}
