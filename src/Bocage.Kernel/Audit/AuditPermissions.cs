namespace Bocage.Kernel.Audit;

public static class AuditPermissions
{
    /// <summary>Reading the audit log, limited to the communes of the grant.</summary>
    public const string Read = "kernel.audit.read";
}
