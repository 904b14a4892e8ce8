namespace Bocage.Kernel.Dashboard;

/// <summary>
/// A table of the dashboard, drawn with a bar per row for the column <see cref="BarColumn"/> so that the biggest
/// figures stand out at a glance; the numbers stay in the table for screen readers and for copying.
/// </summary>
public sealed record DashboardTable(
    string Title,
    string RowHeader,
    IReadOnlyList<string> Columns,
    IReadOnlyList<DashboardRow> Rows,
    int BarColumn = 0
)
{
    /// <summary>The length of a row's bar, from 0 to 100.</summary>
    public int BarOf(DashboardRow row)
    {
        var max = Rows.Max(r => r.Values[BarColumn].Amount);
        return max <= 0 ? 0 : (int)Math.Round(100 * row.Values[BarColumn].Amount / max);
    }
}
