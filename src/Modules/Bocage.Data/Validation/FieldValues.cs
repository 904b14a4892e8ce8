using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Bocage.Data.Validation;

/// <summary>Reads a cell as its field's type, and says in French what is wrong when it cannot.</summary>
internal static class FieldValues
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd"];

    public static bool TryInteger(string text, out long value) =>
        long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>A decimal with a point; a comma is accepted too, as French spreadsheets write it.</summary>
    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value);

    /// <summary>The typed JSON value of a cell, or an error message. Empty cells are null.</summary>
    public static (JsonNode? Value, string? Error) Read(SchemaField field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, field.Constraints.Required ? "valeur obligatoire manquante" : null);
        }
        var trimmed = text.Trim();
        var (value, error) = field.Type switch
        {
            "integer" or "year" => TryInteger(trimmed, out var i)
                ? (JsonValue.Create(i), null)
                : ((JsonNode?)null, $"« {Short(trimmed)} » n'est pas un nombre entier"),
            "number" => TryNumber(trimmed, out var d)
                ? (JsonValue.Create(d), null)
                : ((JsonNode?)null, $"« {Short(trimmed)} » n'est pas un nombre"),
            "boolean" => ReadBoolean(trimmed),
            "date" => DateOnly.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? (JsonValue.Create(trimmed), null)
                : ((JsonNode?)null, $"« {Short(trimmed)} » n'est pas une date au format AAAA-MM-JJ"),
            _ => (JsonValue.Create(trimmed), (string?)null),
        };
        return error is not null ? (null, error) : (value, Check(field, trimmed, value));
    }

    private static (JsonNode?, string?) ReadBoolean(string text) => text.ToLowerInvariant() switch
    {
        "true" or "vrai" or "oui" or "1" => (JsonValue.Create(true), null),
        "false" or "faux" or "non" or "0" => (JsonValue.Create(false), null),
        _ => (null, $"« {Short(text)} » n'est pas un booléen (true ou false)"),
    };

    private static string? Check(SchemaField field, string text, JsonNode? value)
    {
        var c = field.Constraints;
        if (c.Pattern is not null && !Regex.IsMatch(text, $"^(?:{c.Pattern})$", RegexOptions.None, TimeSpan.FromMilliseconds(100)))
        {
            return $"« {Short(text)} » ne respecte pas le format attendu ({c.Pattern})";
        }
        if (c.Enum is { Count: > 0 } && !c.Enum.Contains(text))
        {
            return $"« {Short(text)} » n'est pas une valeur autorisée ({string.Join(", ", c.Enum.Take(6))}{(c.Enum.Count > 6 ? "…" : "")})";
        }
        if (c.MaxLength is { } max && text.Length > max)
        {
            return $"la valeur dépasse {max} caractères";
        }
        if (field.IsNumeric && value is JsonValue v && ToDouble(v) is { } n)
        {
            if (c.Minimum is { } min && n < min)
            {
                return $"{text} est inférieur au minimum {min}";
            }
            if (c.Maximum is { } maxi && n > maxi)
            {
                return $"{text} est supérieur au maximum {maxi}";
            }
        }
        return null;
    }

    private static double? ToDouble(JsonValue v) =>
        v.TryGetValue<long>(out var l) ? l : v.TryGetValue<double>(out var d) ? d : null;

    private static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
