namespace Bocage.Kernel.Accounts;

public static class DashboardPermissions
{
    /// <summary>Reading the dashboards of elected officials, limited to the communes of the grant.</summary>
    public const string Read = "kernel.dashboard.read";
}
