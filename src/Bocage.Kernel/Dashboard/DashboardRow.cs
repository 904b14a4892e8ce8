namespace Bocage.Kernel.Dashboard;

/// <summary>One row: what it is about (a commune, a régie), then its values as shown and as amounts.</summary>
public sealed record DashboardRow(string Label, IReadOnlyList<DashboardValue> Values);

/// <summary>A value as the table shows it (« 1 234,50 € », « 3,5 jours ») and the amount its bar measures.</summary>
public sealed record DashboardValue(string Text, double Amount);
