namespace Bocage.Kernel.Dashboard;

/// <summary>
/// A table of the dashboard, drawn with a bar per row for the column <see cref="BarColumn"/> so that the biggest
/// figures stand out at a glance; the numbers stay in the table for screen readers and for copying. A table may come
/// with <see cref="Months"/>, its figures summed month by month, drawn above it as a column chart.
/// </summary>
public sealed record DashboardTable(
    string Title,
    string RowHeader,
    IReadOnlyList<string> Columns,
    IReadOnlyList<DashboardRow> Rows,
    int BarColumn = 0
)
{
    /// <summary>The figures over the whole scope month by month, oldest first; empty: no chart.</summary>
    public IReadOnlyList<DashboardPoint> Months { get; init; } = [];

    /// <summary>The height of a month's column, from 0 to 100.</summary>
    public int HeightOf(DashboardPoint month) => Share(month.Amount, Months.Max(m => m.Amount));

    /// <summary>The length of a row's bar, from 0 to 100.</summary>
    public int BarOf(DashboardRow row) =>
        Share(row.Values[BarColumn].Amount, Rows.Max(r => r.Values[BarColumn].Amount));

    private static int Share(double amount, double max) => max <= 0 ? 0 : (int)Math.Round(100 * amount / max);
}

/// <summary>A month of a chart: its name (« mars 2026 »), its figure as shown, what its column measures.</summary>
public sealed record DashboardPoint(string Label, string Text, double Amount);
