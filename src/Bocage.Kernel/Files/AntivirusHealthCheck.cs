using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bocage.Kernel.Files;

/// <summary>
/// clamd answers PING. Tagged apart from readiness on purpose: without clamd, uploads are refused but
/// every page still works, so the node must stay in the load balancer.
/// </summary>
public sealed class AntivirusHealthCheck(ClamAvClient clamAv) : IHealthCheck
{
    public const string Name = "antivirus";
    public const string Tag = "antivirus";

    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default
    ) =>
        await clamAv.PingAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : new HealthCheckResult(context.Registration.FailureStatus, "clamd does not answer PING");
}
