using System.Globalization;
using Bocage.Kernel.Amounts;

namespace Bocage.Payments.Domain.Invoices;

/// <summary>
/// Reads an invoice typed by an agent or found on a CSV line, and says what is wrong, field by field
/// (field name, text key), so that the form and the import report the same refusals.
/// </summary>
internal sealed record InvoiceInput(
    InvoicePayerData? Payer,
    string? Label,
    IReadOnlyList<InvoiceLine>? Lines,
    DateTime? DueDateUtc,
    IReadOnlyList<(string Field, string Key)> Errors
)
{
    public static InvoiceInput Read(
        string? name,
        string? email,
        string? label,
        string? dueDate,
        IReadOnlyList<string?> lineLabels,
        IReadOnlyList<string?> lineAmounts
    )
    {
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            errors.Add(("PayerName", "PayerNameInvalid"));
        }
        if (!Kernel.Text.EmailAddresses.IsPlausible(email))
        {
            errors.Add(("PayerEmail", "EmailInvalid"));
        }
        if (string.IsNullOrWhiteSpace(label) || label.Length > 200)
        {
            errors.Add(("Label", "InvoiceLabelInvalid"));
        }
        DateTime? due = null;
        if (!string.IsNullOrWhiteSpace(dueDate))
        {
            if (
                DateOnly.TryParseExact(
                    dueDate.Trim(),
                    ["yyyy-MM-dd", "dd/MM/yyyy"],
                    CultureInfo.InvariantCulture,
                    DateTimeStyles.None,
                    out var day
                )
            )
            {
                due = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            }
            else
            {
                errors.Add(("DueDate", "DueDateInvalid"));
            }
        }
        var lines = new List<InvoiceLine>();
        for (var i = 0; i < Math.Max(lineLabels.Count, lineAmounts.Count); i++)
        {
            var lineLabel = i < lineLabels.Count ? lineLabels[i] : null;
            var amount = i < lineAmounts.Count ? lineAmounts[i] : null;
            if (string.IsNullOrWhiteSpace(lineLabel) && string.IsNullOrWhiteSpace(amount))
            {
                continue;
            }
            if (
                !Money.TryParse(amount, out var cents)
                || cents <= 0
                || string.IsNullOrWhiteSpace(lineLabel)
                || lineLabel.Length > 200
            )
            {
                errors.Add(("LineAmounts", "LineInvalid"));
                continue;
            }
            lines.Add(new InvoiceLine(lineLabel.Trim(), cents));
        }
        if (lines.Count == 0 && !errors.Any(e => e.Item1 == "LineAmounts"))
        {
            errors.Add(("LineAmounts", "LinesRequired"));
        }
        else if (lines.Count > 0 && !PayFip.PayFipRules.AcceptsAmount(lines.Sum(l => l.AmountCents)))
        {
            errors.Add(("LineAmounts", "InvoiceTotalOutOfPayFipRange"));
        }
        return errors.Count > 0
            ? new InvoiceInput(null, null, null, null, errors)
            : new InvoiceInput(
                new InvoicePayerData(null, email!.Trim(), name!.Trim()),
                label!.Trim(),
                lines,
                due,
                errors
            );
    }
}
