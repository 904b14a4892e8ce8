using Bocage.OpenData.Domain.Validation;
using Microsoft.AspNetCore.Http;

namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>What a preview or an API call asks of a resource's rows.</summary>
internal sealed record RowQuery(
    IReadOnlyList<RowFilter> Filters,
    SchemaField? Sort,
    bool Descending,
    int Page,
    int PageSize,
    IReadOnlyList<SchemaField> Fields
)
{
    public const int MaxPageSize = 1000;

    public long Offset => (long)(Page - 1) * PageSize;

    /// <summary>
    /// Reads the query string: <c>{colonne}=valeur</c> (égal), <c>{colonne}__contient</c>, <c>__min</c>,
    /// <c>__max</c>; <c>colonne</c> + <c>valeur</c> (the preview's form, « contient »); <c>tri=col</c> or
    /// <c>tri=-col</c>; <c>page</c>, <c>taille</c>; <c>champs=a,b</c>. Unknown columns are errors, not ignored:
    /// their names are returned, for the caller to say in the reader's language.
    /// </summary>
    public static (RowQuery Query, IReadOnlyList<string> UnknownColumns) Parse(
        IQueryCollection query,
        IReadOnlyList<SchemaField> fields,
        int defaultPageSize = 50
    )
    {
        var errors = new List<string>();
        SchemaField? Field(string name)
        {
            var field = fields.FirstOrDefault(f => f.Name == name);
            if (field is null)
            {
                errors.Add(name);
            }
            return field;
        }
        var filters = new List<RowFilter>();
        foreach (var (key, values) in query)
        {
            var value = values.ToString();
            if (
                key is "tri" or "page" or "taille" or "champs" or "colonne" or "valeur" or "langue"
                || string.IsNullOrEmpty(value)
            )
            {
                continue;
            }
            var (name, op) = SplitOperator(key);
            if (Field(name) is { } field)
            {
                filters.Add(new RowFilter(field, op, value));
            }
        }
        if (
            query["colonne"].ToString() is { Length: > 0 } column
            && query["valeur"].ToString() is { Length: > 0 } searched
            && Field(column) is { } f
        )
        {
            filters.Add(new RowFilter(f, FilterOperator.Contains, searched));
        }
        var sortText = query["tri"].ToString();
        var sort = sortText.Length > 0 ? Field(sortText.TrimStart('-')) : null;
        var selected = query["champs"].ToString() is { Length: > 0 } champs
            ? champs
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(Field)
                .OfType<SchemaField>()
                .ToList()
            : fields.ToList();
        var page = int.TryParse(query["page"], out var p) && p > 0 ? p : 1;
        var size = int.TryParse(query["taille"], out var s) && s > 0 ? Math.Min(s, MaxPageSize) : defaultPageSize;
        return (new RowQuery(filters, sort, sortText.StartsWith('-'), page, size, selected), errors);
    }

    private static (string Name, FilterOperator Operator) SplitOperator(string key)
    {
        var at = key.LastIndexOf("__", StringComparison.Ordinal);
        if (at < 0)
        {
            return (key, FilterOperator.Equals);
        }
        return key[(at + 2)..] switch
        {
            "contient" => (key[..at], FilterOperator.Contains),
            "min" => (key[..at], FilterOperator.Minimum),
            "max" => (key[..at], FilterOperator.Maximum),
            _ => (key, FilterOperator.Equals),
        };
    }

    /// <summary>The same query as a query string, e.g. for the API address of the preview.</summary>
    public string ToQueryString(bool withPage = true)
    {
        var parts = new List<KeyValuePair<string, string?>>();
        foreach (var f in Filters)
        {
            var suffix = f.Operator switch
            {
                FilterOperator.Contains => "__contient",
                FilterOperator.Minimum => "__min",
                FilterOperator.Maximum => "__max",
                _ => "",
            };
            parts.Add(new(f.Field.Name + suffix, f.Value));
        }
        if (Sort is not null)
        {
            parts.Add(new("tri", (Descending ? "-" : "") + Sort.Name));
        }
        if (withPage)
        {
            parts.Add(new("page", Page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            parts.Add(new("taille", PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return Microsoft.AspNetCore.Http.QueryString.Create(parts).ToString();
    }
}
