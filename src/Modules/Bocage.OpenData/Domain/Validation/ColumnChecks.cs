using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bocage.Kernel.Text;

namespace Bocage.OpenData.Domain.Validation;

/// <summary>
/// Runs an SCDL schema's <see cref="CustomCheck"/>s on a row already read cell by cell, as Validata does: each
/// says what it found wrong and in which column. A check that finds an empty cell leaves it to <c>required</c>.
/// </summary>
internal static class ColumnChecks
{
    /// <summary>The names this reader knows; a schema with another is refused by the tests before it ships.</summary>
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "french-siret-value",
        "one-of-required",
        "year-interval-value",
        "cohesive-columns-value",
        "compare-columns-value",
        "sum-columns-value",
        "nomenclature-actes-value",
    };

    /// <summary>The subjects of the ACTES nomenclature, what comes before « / » in a deliberation's subject.</summary>
    public static readonly IReadOnlyList<string> ActesSubjects =
    [
        "Commande publique",
        "Urbanisme",
        "Domaine et patrimoine",
        "Fonction publique",
        "Institutions et vie politique",
        "Libertés publiques et pouvoirs de police",
        "Finances locales",
        "Domaines de compétences par thèmes",
        "Autres domaines de compétences",
    ];

    public static IEnumerable<(string Column, string Message)> Run(
        IReadOnlyList<CustomCheck> checks,
        JsonObject row,
        ReportMessages messages
    )
    {
        foreach (var check in checks)
        {
            if (Check(check, row, messages) is { } message)
            {
                yield return (check.Column, message);
            }
        }
    }

    private static string? Check(CustomCheck check, JsonObject row, ReportMessages messages)
    {
        var value = row[check.Column];
        var text = Text(value);
        return check.Name switch
        {
            "french-siret-value" when text is not null && !FrenchSiret.IsValid(text) => messages.NotSiret(text),
            "one-of-required"
                when Text(row[check.Text("column1")!]) is null && Text(row[check.Text("column2")!]) is null =>
                messages.OneOfRequired(check.Text("column1")!, check.Text("column2")!),
            "year-interval-value"
                when text is not null && !IsYearInterval(text, check.Text("allow-year-only") == "yes") =>
                messages.YearInterval(text),
            "cohesive-columns-value" => Cohesive(check, row, messages),
            "compare-columns-value" => Compare(check, row, messages),
            "sum-columns-value" => Sum(check, row, messages),
            "nomenclature-actes-value" when text is not null && !IsActes(text) => messages.NotActes(
                text,
                ActesSubjects
            ),
            _ => null,
        };
    }

    private static bool IsYearInterval(string text, bool yearAlone)
    {
        if (yearAlone && Regex.IsMatch(text, @"^\d{4}$"))
        {
            return true;
        }
        var match = Regex.Match(text, @"^(\d{4})/(\d{4})$");
        return match.Success && int.Parse(match.Groups[1].Value) < int.Parse(match.Groups[2].Value);
    }

    private static string? Cohesive(CustomCheck check, JsonObject row, ReportMessages messages)
    {
        var columns = check.Texts("othercolumns").Prepend(check.Column).ToList();
        var filled = columns.Count(c => Text(row[c]) is not null);
        return filled == 0 || filled == columns.Count ? null : messages.Cohesive(columns);
    }

    private static string? Compare(CustomCheck check, JsonObject row, ReportMessages messages)
    {
        var other = check.Text("column2")!;
        var (left, right) = (row[check.Column], row[other]);
        if (Text(left) is not { } a || Text(right) is not { } b)
        {
            return null;
        }
        var order = Number(left) is { } x && Number(right) is { } y ? x.CompareTo(y) : string.CompareOrdinal(a, b);
        var holds = check.Text("op") switch
        {
            ">" => order > 0,
            ">=" => order >= 0,
            "<" => order < 0,
            "<=" => order <= 0,
            "==" => order == 0,
            _ => true,
        };
        return holds ? null : messages.Compare(check.Column, a, Symbol(check.Text("op")), other, b);
    }

    private static string? Sum(CustomCheck check, JsonObject row, ReportMessages messages)
    {
        var columns = check.Texts("columns");
        var parts = columns.Select(c => Number(row[c])).ToList();
        if (Number(row[check.Column]) is not { } total || parts.Any(p => p is null))
        {
            return null;
        }
        var sum = parts.Sum(p => p!.Value);
        return Math.Abs(total - sum) < 1e-9 ? null : messages.Sum(check.Column, Text(row[check.Column])!, columns, sum);
    }

    /// <summary>Validata takes the subject in any case, with or without accents.</summary>
    private static bool IsActes(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && ActesSubjects.Any(s => Fold(s) == Fold(text[..slash]));
    }

    private static string Fold(string text) =>
        Regex.Replace(Accents.Remove(text).Trim().ToLowerInvariant(), @"\s+", " ");

    private static string Symbol(string? op) =>
        op switch
        {
            ">" => ">",
            ">=" => "≥",
            "<" => "<",
            "<=" => "≤",
            _ => "=",
        };

    private static string? Text(JsonNode? value) =>
        value switch
        {
            null => null,
            JsonValue v when v.TryGetValue<string>(out var s) => string.IsNullOrWhiteSpace(s) ? null : s,
            _ => value.ToJsonString(),
        };

    private static double? Number(JsonNode? value) =>
        value is JsonValue v
            ? v.TryGetValue<long>(out var l)
                ? l
                : v.TryGetValue<double>(out var d)
                    ? d
                    : null
            : null;
}
