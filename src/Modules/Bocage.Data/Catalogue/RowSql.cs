using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using Bocage.Data.Validation;

namespace Bocage.Data.Catalogue;

/// <summary>
/// The SQL that reads a resource's rows, per database: PostgreSQL reads the <c>jsonb</c> column with
/// <c>-&gt;</c>/<c>-&gt;&gt;</c> and answers equality with <c>@&gt;</c> (served by the GIN index);
/// SQLite uses <c>json_extract</c>. Column names and values always travel as parameters.
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

    public string Batch(Guid batch) => Add(postgres ? batch : batch.ToString().ToUpperInvariant());

    private string Key(SchemaField field) => Add(postgres ? field.Name : $"$.\"{field.Name.Replace("\"", "\\\"", StringComparison.Ordinal)}\"");

    /// <summary>The value, typed (numbers sort as numbers).</summary>
    public string Value(SchemaField field) => postgres ? $"(data -> {Key(field)})" : $"json_extract(data, {Key(field)})";

    public string Text(SchemaField field) => postgres ? $"(data ->> {Key(field)})" : $"CAST(json_extract(data, {Key(field)}) AS TEXT)";

    public string Where(Guid batch, IEnumerable<RowFilter> filters)
    {
        var conditions = new List<string> { $"batch_id = {Batch(batch)}" };
        conditions.AddRange(filters.Select(Condition));
        return string.Join(" AND ", conditions);
    }

    public string OrderBy(RowQuery query)
    {
        if (query.Sort is null)
        {
            return "number";
        }
        var direction = query.Descending ? "DESC" : "ASC";
        var value = Value(query.Sort);
        return postgres
            ? $"{value} {direction} NULLS LAST, number"
            : $"{value} IS NULL, {value} {direction}, number";
    }

    private string Condition(RowFilter filter)
    {
        var field = filter.Field;
        switch (filter.Operator)
        {
            case FilterOperator.Contains:
                var pattern = Add("%" + filter.Value.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%");
                return postgres ? $"{Text(field)} ILIKE {pattern}" : $"{Text(field)} LIKE {pattern} ESCAPE '\\'";
            case FilterOperator.Minimum or FilterOperator.Maximum:
                var op = filter.Operator == FilterOperator.Minimum ? ">=" : "<=";
                if (field.IsNumeric && FieldValues.TryNumber(filter.Value, out var n))
                {
                    return postgres ? $"({Text(field)})::double precision {op} {Add(n)}" : $"{Value(field)} {op} {Add(n)}";
                }
                return $"{Text(field)} {op} {Add(filter.Value)}";
            default:
                return Equality(field, filter.Value);
        }
    }

    private string Equality(SchemaField field, string text)
    {
        var (value, error) = FieldValues.Read(field with { Constraints = new() }, text);
        if (error is not null || value is null)
        {
            return "1 = 0";
        }
        if (postgres)
        {
            return $"data @> CAST({Add(new JsonObject { [field.Name] = value }.ToJsonString())} AS jsonb)";
        }
        return field.IsNumeric || field.Type == "boolean"
            ? $"{Value(field)} = {Add(value.GetValue<object>() is bool b ? (b ? 1 : 0) : Convert.ToDouble(value.GetValue<object>(), CultureInfo.InvariantCulture))}"
            : $"{Text(field)} = {Add(text.Trim())}";
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
