using System.Net;

namespace Bocage.Kernel.Tests.Files;

public sealed class AntivirusHealthTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_antivirus_check_follows_clamd_and_readiness_does_not(DatabaseProvider provider)
    {
        TestClamAv.Required();
        using var up = new BocageFactory(provider).With("Database:SeedDemo", "false");
        using var down = new BocageFactory(provider).With("ClamAv:Port", ClamAvEndpoints.ClosedPort().ToString());

        using var healthy = await up.CreateClient().GetAsync("/health/antivirus");
        using var unhealthy = await down.CreateClient().GetAsync("/health/antivirus");
        using var ready = await down.CreateClient().GetAsync("/health/ready");
        using var page = await down.CreateClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
