using Bocage.OpenData.Areas.OpenData.Pages.Donnees;
using Bocage.OpenData.Domain.Catalogue;

namespace Bocage.OpenData.Tests.Catalogue;

public sealed class ChartCacheTests
{
    private static Resource Published(Guid batch) =>
        new(Guid.NewGuid(), "donnees", "Données", "CSV") { BatchId = batch };

    private static ChartView Chart(string label) => new(label, "", [new ChartPoint("a", 1), new ChartPoint("b", 2)]);

    [Fact]
    public async Task A_version_is_charted_once_and_a_new_version_again()
    {
        var cache = new ChartCache();
        var built = 0;
        var version1 = Published(Guid.NewGuid());
        Task<ChartView?> Build(string label)
        {
            Interlocked.Increment(ref built);
            return Task.FromResult<ChartView?>(Chart(label));
        }

        var first = await Task.WhenAll(
            Enumerable.Range(0, 20).Select(_ => cache.GetAsync(version1, () => Build("v1")))
        );
        var republished = await cache.GetAsync(Published(Guid.NewGuid()), () => Build("v2"));

        Assert.Equal(2, built);
        Assert.All(first, c => Assert.Equal("v1", c!.Category));
        Assert.Equal("v2", republished!.Category);
    }

    [Fact]
    public async Task A_failed_chart_is_computed_again_by_the_next_visit()
    {
        var cache = new ChartCache();
        var version = Published(Guid.NewGuid());

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            cache.GetAsync(version, () =>
                Task.FromException<ChartView?>(new InvalidOperationException("base indisponible"))
            )
        );
        var again = await cache.GetAsync(version, () => Task.FromResult<ChartView?>(Chart("ensuite")));

        Assert.Equal("ensuite", again!.Category);
    }
}
