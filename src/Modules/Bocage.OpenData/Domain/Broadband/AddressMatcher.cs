namespace Bocage.OpenData.Domain.Broadband;

/// <summary>
/// An address found for what the inhabitant typed, how sure the match is (0–1), and whether the number is the one
/// typed.
/// </summary>
internal sealed record AddressMatch(Address Address, string CommuneName, double Score, bool ExactNumber);

/// <summary>
/// Finds a typed address in the local reference, tolerant of accents, case, abbreviations (« r. », « av »,
/// « pl », « st »…) and small typing mistakes (edit distance): streets are scored by the share of their words
/// found in the text, the commune (name or postcode) must match when given, then the number typed is looked
/// for in the street, else the nearest number is offered and said so.
/// </summary>
internal static class AddressMatcher
{
    public const double Threshold = 0.6;

    private static readonly Dictionary<string, string> Abbreviations = new()
    {
        ["r"] = "rue",
        ["av"] = "avenue",
        ["ave"] = "avenue",
        ["pl"] = "place",
        ["bd"] = "boulevard",
        ["st"] = "saint",
        ["ste"] = "sainte",
        ["gal"] = "general",
        ["gl"] = "general",
        ["chem"] = "chemin",
        ["rte"] = "route",
        ["imp"] = "impasse",
        ["all"] = "allee",
    };

    private static readonly HashSet<string> Small =
    [
        "de",
        "la",
        "le",
        "les",
        "du",
        "des",
        "l",
        "d",
        "a",
        "au",
        "aux",
        "en",
    ];

    public static IReadOnlyList<AddressMatch> Find(
        string text,
        IReadOnlyList<Address> addresses,
        IReadOnlyDictionary<string, string> communeNames,
        int count = 5
    )
    {
        var words = Words(text);
        var number = words.FirstOrDefault(w => w.Length < 5 && w.All(char.IsAsciiDigit));
        words = words.Where(w => w != number && !Small.Contains(w)).ToList();
        if (words.Count == 0)
        {
            return [];
        }
        var communesTyped = communeNames
            .Where(c => Words(c.Value).Where(w => !Small.Contains(w)).All(cw => words.Any(w => Similar(w, cw))))
            .Select(c => c.Key)
            .ToHashSet();
        var postcodes = words.Where(w => w.Length == 5 && w.All(char.IsAsciiDigit)).ToHashSet();
        var streets = addresses
            .Where(a =>
                (communesTyped.Count == 0 && postcodes.Count == 0)
                || communesTyped.Contains(a.CommuneInsee)
                || postcodes.Contains(a.Postcode)
            )
            .GroupBy(a => (a.CommuneInsee, a.Street))
            .Select(g => (Addresses: g.ToList(), Score: StreetScore(g.Key.Street, words)))
            .Where(s => s.Score >= Threshold)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Addresses[0].Street, StringComparer.Ordinal)
            .Take(count);
        return streets
            .Select(s =>
            {
                var exact = s.Addresses.FirstOrDefault(a => a.Number == number);
                var chosen = exact ?? Nearest(s.Addresses, number);
                return new AddressMatch(
                    chosen,
                    communeNames.GetValueOrDefault(chosen.CommuneInsee, chosen.CommuneInsee),
                    s.Score,
                    exact is not null
                );
            })
            .ToList();
    }

    /// <summary>Share of the street's significant words found (allowing a typing mistake) in the text.</summary>
    public static double StreetScore(string street, IReadOnlyList<string> words)
    {
        var significant = Words(street).Where(w => !Small.Contains(w)).ToList();
        return significant.Count == 0
            ? 0
            : significant.Count(s => words.Any(w => Similar(w, s))) / (double)significant.Count;
    }

    public static List<string> Words(string text)
    {
        var plain = new string(
            Bocage
                .Kernel.Text.Accents.Remove(text)
                .Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ')
                .ToArray()
        );
        return plain
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Abbreviations.GetValueOrDefault(w, w))
            .ToList();
    }

    /// <summary>Equal, or one mistake per five letters (so « jaures » matches « jauress », not « jean »).</summary>
    private static bool Similar(string typed, string expected) =>
        typed == expected || (expected.Length >= 4 && Distance(typed, expected) <= expected.Length / 5);

    private static Address Nearest(IReadOnlyList<Address> street, string? number)
    {
        var wanted = int.TryParse(number, out var n) ? n : 0;
        return street.OrderBy(a => Math.Abs((int.TryParse(a.Number, out var m) ? m : 0) - wanted)).First();
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(
                    Math.Min(current[j - 1] + 1, previous[j] + 1),
                    previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                );
            }
            previous = current;
        }
        return previous[b.Length];
    }
}
