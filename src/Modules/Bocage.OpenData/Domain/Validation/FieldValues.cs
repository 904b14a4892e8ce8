using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Bocage.OpenData.Domain.Validation;

/// <summary>Reads a cell as its field's type, and says what is wrong when it cannot.</summary>
internal static class FieldValues
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd"];

    public static bool TryInteger(string text, out long value) =>
        long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>A decimal with a point; a comma is accepted too, as French spreadsheets write it.</summary>
    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value);

    /// <summary>
    /// The typed JSON value of a non-empty, trimmed cell, or null when it does not read as its type. A boolean
    /// field that names its words (SCDL's « oui »/« non ») takes only those, as Table Schema says.
    /// </summary>
    public static JsonNode? Parse(SchemaField field, string trimmed) =>
        field is { Type: "boolean", TrueValues: not null, FalseValues: not null }
            ? field.TrueValues.Contains(trimmed)
                ? JsonValue.Create(true)
                : field.FalseValues.Contains(trimmed)
                    ? JsonValue.Create(false)
                    : null
            : Parse(field.Type, trimmed);

    /// <summary>The typed JSON value of a non-empty, trimmed cell, or null when it does not read as its type.</summary>
    public static JsonNode? Parse(string type, string trimmed) =>
        type switch
        {
            "integer" or "year" => TryInteger(trimmed, out var i) ? JsonValue.Create(i) : null,
            "number" => TryNumber(trimmed, out var d) ? JsonValue.Create(d) : null,
            "boolean" => trimmed.ToLowerInvariant() switch
            {
                "true" or "vrai" or "oui" or "1" => JsonValue.Create(true),
                "false" or "faux" or "non" or "0" => JsonValue.Create(false),
                _ => null,
            },
            "date" => DateOnly.TryParseExact(
                trimmed,
                DateFormats,
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out _
            )
                ? JsonValue.Create(trimmed)
                : null,
            _ => JsonValue.Create(trimmed),
        };

    /// <summary>The typed JSON value of a cell, or an error message. Empty cells are null.</summary>
    public static (JsonNode? Value, string? Error) Read(SchemaField field, string? text, ReportMessages messages)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, field.Constraints.Required ? messages.Required : null);
        }
        var trimmed = text.Trim();
        if (Parse(field, trimmed) is not { } value)
        {
            var cell = Short(trimmed);
            return (
                null,
                field.Type switch
                {
                    "integer" or "year" => messages.NotInteger(cell),
                    "number" => messages.NotNumber(cell),
                    "boolean" when field is { TrueValues: [var yes, ..], FalseValues: [var no, ..] } =>
                        messages.BooleanWords(cell, yes, no),
                    "boolean" => messages.NotBoolean(cell),
                    _ => messages.NotDate(cell),
                }
            );
        }
        return (value, Check(field, trimmed, value, messages));
    }

    private static string? Check(SchemaField field, string text, JsonNode? value, ReportMessages messages)
    {
        var c = field.Constraints;
        if (
            c.Pattern is not null
            && !Regex.IsMatch(text, $"^(?:{c.Pattern})$", RegexOptions.None, TimeSpan.FromMilliseconds(100))
        )
        {
            return messages.Pattern(Short(text), c.Pattern);
        }
        if (c.Enum is { Count: > 0 } && !c.Enum.Contains(text))
        {
            return messages.NotAllowed(
                Short(text),
                $"{string.Join(", ", c.Enum.Take(6))}{(c.Enum.Count > 6 ? "…" : "")}"
            );
        }
        if (c.MaxLength is { } max && text.Length > max)
        {
            return messages.TooLong(max);
        }
        if (c.MinLength is { } least && text.Length < least)
        {
            return messages.TooShort(least);
        }
        if (field.Format is "email" && !IsEmail(text))
        {
            return messages.NotEmail(Short(text));
        }
        if (field.Format is "uri" && !IsUri(text))
        {
            return messages.NotUri(Short(text));
        }
        if (field.IsNumeric && value is JsonValue v && ToDouble(v) is { } n)
        {
            if (c.Minimum is { } min && n < min)
            {
                return messages.BelowMinimum(text, min);
            }
            if (c.Maximum is { } maxi && n > maxi)
            {
                return messages.AboveMaximum(text, maxi);
            }
        }
        return null;
    }

    /// <summary>Someone@somewhere.tld, without spaces: what Table Schema's email format asks.</summary>
    private static bool IsEmail(string text) =>
        Regex.IsMatch(text, @"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.None, TimeSpan.FromMilliseconds(100));

    /// <summary>An absolute URI with its scheme; .NET alone would take « /chemin » as a local file on Linux.</summary>
    private static bool IsUri(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && !uri.IsFile && !uri.IsUnc;

    private static double? ToDouble(JsonValue v) =>
        v.TryGetValue<long>(out var l) ? l
        : v.TryGetValue<double>(out var d) ? d
        : null;

    private static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
