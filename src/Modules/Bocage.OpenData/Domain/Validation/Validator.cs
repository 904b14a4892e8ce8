using System.Text.Json.Nodes;

namespace Bocage.OpenData.Domain.Validation;

/// <summary>
/// Checks a file against a Table Schema: headers first, then every cell of every row, then the schema's checks
/// across columns (<see cref="ColumnChecks"/>).
/// </summary>
internal static class Validator
{
    public static ValidationReport Validate(
        TabularFile file,
        IReadOnlyList<SchemaField> fields,
        ReportMessages messages,
        IReadOnlyList<CustomCheck>? checks = null
    )
    {
        if (file.Fatal is not null)
        {
            return new ValidationReport(file.Reading, [file.Fatal], [], 0, 0);
        }
        var fileErrors = HeaderErrors(file.Headers, fields, messages);
        if (fileErrors.Count > 0)
        {
            return new ValidationReport(file.Reading, fileErrors, [], 0, 0);
        }
        var errors = new List<RowError>();
        int rows = 0,
            invalid = 0;
        foreach (var row in file.Rows())
        {
            rows++;
            var rowErrors = Type(file.Headers, fields, row, messages, checks ?? []).Errors;
            if (rowErrors.Count > 0)
            {
                invalid++;
                errors.AddRange(rowErrors.Take(Math.Max(0, ValidationReport.MaxListed - errors.Count)));
            }
        }
        if (rows == 0)
        {
            fileErrors.Add(messages.NoRows);
        }
        return new ValidationReport(file.Reading, fileErrors, errors, rows, invalid);
    }

    /// <summary>The rows as stored; call only on a file whose report is valid.</summary>
    public static IEnumerable<TypedRow> Typed(
        TabularFile file,
        IReadOnlyList<SchemaField> fields,
        ReportMessages messages
    )
    {
        long number = 0;
        foreach (var row in file.Rows())
        {
            yield return new TypedRow(
                ++number,
                Type(file.Headers, fields, row, messages, []).Data.ToJsonString(),
                row.Geometry
            );
        }
    }

    private static List<string> HeaderErrors(
        IReadOnlyList<string> headers,
        IReadOnlyList<SchemaField> fields,
        ReportMessages messages
    )
    {
        var errors = new List<string>();
        var duplicates = headers.GroupBy(h => h).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            errors.Add(messages.DuplicateColumns(duplicates));
        }
        var missing = fields
            .Where(f => f.Constraints.Required && !headers.Contains(f.Name))
            .Select(f => f.Name)
            .ToList();
        if (missing.Count > 0)
        {
            errors.Add(messages.MissingColumns(missing));
        }
        var unknown = headers.Where(h => fields.All(f => f.Name != h)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add(messages.UnknownColumns(unknown));
        }
        return errors;
    }

    private static (JsonObject Data, List<RowError> Errors) Type(
        IReadOnlyList<string> headers,
        IReadOnlyList<SchemaField> fields,
        SourceRow row,
        ReportMessages messages,
        IReadOnlyList<CustomCheck> checks
    )
    {
        var data = new JsonObject();
        var errors = new List<RowError>();
        if (row.Error is not null)
        {
            errors.Add(new RowError(row.Line, "geometry", row.Error));
        }
        if (
            row.Cells.Count != headers.Count
            && !(row.Cells.Count > headers.Count && row.Cells.Skip(headers.Count).All(string.IsNullOrEmpty))
        )
        {
            errors.Add(new RowError(row.Line, "", messages.CellCount(row.Cells.Count, headers.Count)));
        }
        foreach (var field in fields)
        {
            var index = IndexOf(headers, field.Name);
            var (value, error) = FieldValues.Read(
                field,
                index >= 0 && index < row.Cells.Count ? row.Cells[index] : null,
                messages
            );
            data[field.Name] = value;
            if (error is not null)
            {
                errors.Add(new RowError(row.Line, field.Name, error));
            }
        }
        // A column whose cell was already refused is not judged again by the checks across columns.
        errors.AddRange(
            ColumnChecks
                .Run(checks, data, messages)
                .Where(e => errors.All(r => r.Field != e.Column))
                .Select(e => new RowError(row.Line, e.Column, e.Message))
                .ToList()
        );
        return (data, errors);
    }

    private static int IndexOf(IReadOnlyList<string> headers, string name)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (headers[i] == name)
            {
                return i;
            }
        }
        return -1;
    }
}
