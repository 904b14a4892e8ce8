using System.Text;
using Bocage.Kernel.Files;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bocage.Kernel.Tests.Files;

/// <summary>The INSTREAM conversation with the real clamd that test.sh starts.</summary>
public sealed class ClamAvClientTests
{
    [Fact]
    public async Task Clamd_answers_PING()
    {
        Assert.True(await Client().PingAsync());
        Assert.False(await Client(port: ClamAvEndpoints.ClosedPort()).PingAsync());
    }

    [Fact]
    public async Task EICAR_is_found_by_name()
    {
        var verdict = await Client().ScanAsync(Encoding.ASCII.GetBytes(SampleFiles.Eicar));

        Assert.Equal("Eicar-Test-Signature", Assert.IsType<ScanVerdict.Infected>(verdict).Signature);
    }

    [Fact]
    public async Task Content_sent_in_several_chunks_is_scanned_whole()
    {
        var large = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("commune;population\nAnor;3212\n", 12_000)));
        Assert.True(large.Length > 3 * 64 * 1024);

        Assert.IsType<ScanVerdict.Clean>(await Client().ScanAsync(large));
    }

    [Fact]
    public async Task A_daemon_that_never_answers_gives_no_verdict_once_the_timeout_is_over()
    {
        using var silent = new ClamAvEndpoints.SilentServer();
        var started = DateTime.UtcNow;

        var verdict = await Client(port: silent.Port, timeout: TimeSpan.FromMilliseconds(500))
            .ScanAsync(SampleFiles.Pdf());

        Assert.Equal("timeout", Assert.IsType<ScanVerdict.Failed>(verdict).Reason);
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(10));
    }

    private static ClamAvClient Client(int? port = null, TimeSpan? timeout = null)
    {
        var (host, clamdPort) = TestClamAv.Required();
        var options = new ClamAvOptions
        {
            Host = host,
            Port = port ?? clamdPort,
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
        };
        return new ClamAvClient(Options.Create(options), NullLogger<ClamAvClient>.Instance);
    }
}
