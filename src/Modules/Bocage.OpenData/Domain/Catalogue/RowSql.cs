using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using Bocage.OpenData.Domain.Validation;

namespace Bocage.OpenData.Domain.Catalogue;

/// <summary>
/// The SQL that reads a resource's rows, per database: PostgreSQL reads the <c>jsonb</c> column with
/// <c>-&gt;</c>/<c>-&gt;&gt;</c>, SQLite uses <c>json_extract</c>. Values travel as parameters; the batch
/// and the column names are written as quoted literals, because the per-batch indexes of
/// <see cref="RowIndexes"/> are partial expression indexes and a planner only matches them to a query
/// that spells the same expression and predicate with constants.
/// </summary>
internal sealed class RowSql(bool postgres, string table)
{
    private readonly List<(string Name, object Value)> _parameters = [];

    public IReadOnlyList<(string Name, object Value)> Parameters => _parameters;

    public string Table => table;

    public string Add(object value)
    {
        var name = "@p" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters.Add((name, value));
        return name;
    }

    /// <summary>A batch id as a literal (a Guid: nothing to escape); SQLite stores it upper-case.</summary>
    public string Batch(Guid batch) => postgres ? $"'{batch}'" : $"'{batch.ToString().ToUpperInvariant()}'";

    /// <summary>
    /// A string literal, quotes doubled (standard SQL; PostgreSQL's standard_conforming_strings is on by default).
    /// </summary>
    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private string Key(SchemaField field) =>
        Literal(postgres ? field.Name : $"$.\"{field.Name.Replace("\"", "\\\"", StringComparison.Ordinal)}\"");

    /// <summary>
    /// The value, typed (numbers sort as numbers); the expression the per-batch indexes are built on.
    /// </summary>
    public string Value(SchemaField field) =>
        postgres ? $"(data -> {Key(field)})" : $"json_extract(data, {Key(field)})";

    public string Text(SchemaField field) =>
        postgres ? $"(data ->> {Key(field)})" : $"CAST(json_extract(data, {Key(field)}) AS TEXT)";

    public string Where(Guid batch, IEnumerable<RowFilter> filters)
    {
        var conditions = new List<string> { $"batch_id = {Batch(batch)}" };
        conditions.AddRange(filters.Select(Condition));
        return string.Join(" AND ", conditions);
    }

    /// <summary>
    /// Missing values last in both directions, then file order: the order of the two indexes of a column.
    /// </summary>
    public string OrderBy(RowQuery query)
    {
        if (query.Sort is null)
        {
            return "number";
        }
        var value = Value(query.Sort);
        if (postgres)
        {
            return $"{value} {(query.Descending ? "DESC" : "ASC")} NULLS LAST, number";
        }
        // SQLite puts NULL first in ascending order and last in descending order.
        return query.Descending ? $"{value} DESC, number" : $"{value} ASC NULLS LAST, number";
    }

    private string Condition(RowFilter filter)
    {
        var field = filter.Field;
        switch (filter.Operator)
        {
            case FilterOperator.Contains:
                var pattern = Add(
                    "%" + filter.Value.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%"
                );
                return postgres ? $"{Text(field)} ILIKE {pattern}" : $"{Text(field)} LIKE {pattern} ESCAPE '\\'";
            case FilterOperator.Minimum or FilterOperator.Maximum:
                var op = filter.Operator == FilterOperator.Minimum ? ">=" : "<=";
                if (field.IsNumeric && FieldValues.TryNumber(filter.Value, out var n))
                {
                    // jsonb orders JSON null below numbers: the type test keeps missing values out of "at most".
                    return postgres
                        ? $"{Value(field)} {op} CAST({Add(JsonValue.Create(n).ToJsonString())} AS jsonb) AND jsonb_typeof({Value(field)}) = 'number'"
                        : $"{Value(field)} {op} {Add(n)}";
                }
                return $"{Text(field)} {op} {Add(filter.Value)}";
            default:
                return Equality(field, filter.Value);
        }
    }

    private string Equality(SchemaField field, string text)
    {
        var value = string.IsNullOrWhiteSpace(text) ? null : FieldValues.Parse(field.Type, text.Trim());
        if (value is null)
        {
            return "1 = 0";
        }
        if (postgres)
        {
            // jsonb equality compares numbers as numbers (1 = 1.0), as containment did.
            return $"{Value(field)} = CAST({Add(value.ToJsonString())} AS jsonb)";
        }
        return field.IsNumeric || field.Type == "boolean"
            ? $"{Value(field)} = {Add(value.GetValue<object>() is bool b ? (b ? 1 : 0) : Convert.ToDouble(value.GetValue<object>(), CultureInfo.InvariantCulture))}"
            : $"{Value(field)} = {Add(text.Trim())}";
    }

    public void Bind(DbCommand command)
    {
        foreach (var (name, value) in _parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
    }
}
