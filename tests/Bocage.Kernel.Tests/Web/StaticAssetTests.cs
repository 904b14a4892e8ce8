using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Bocage.Kernel.Tests.Web;

/// <summary>
/// The style sheets and scripts of the pages are fingerprinted, cached for a year as immutable, sent compressed and
/// revalidated by their ETag: a repeat visit downloads none of them again.
/// </summary>
public sealed partial class StaticAssetTests
{
    [GeneratedRegex(@"(?:href|src)=""(/[^""]+\.(?:css|js))""")]
    private static partial Regex Asset();

    [GeneratedRegex(@"\.[a-z0-9]{10}\.(?:css|js)$")]
    private static partial Regex Fingerprint();

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Every_asset_of_the_pages_is_fingerprinted_immutable_compressed_and_revalidated(
        DatabaseProvider provider
    )
    {
        using var app = new BocageFactory(provider);
        var client = app.CreateClient();
        var assets = new HashSet<string>();
        foreach (var page in new[] { "/", "/carte", "/connexion" })
        {
            assets.UnionWith(Asset().Matches(await client.GetPageAsync(page)).Select(m => m.Groups[1].Value));
        }

        Assert.Contains(assets, a => a.StartsWith("/css/bocage.", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("/_content/Bocage.OpenData/map.", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            Assert.Matches(Fingerprint(), asset);
            await AssertCachedAndCompressedAsync(client, asset);
        }
    }

    private static async Task AssertCachedAndCompressedAsync(HttpClient client, string asset)
    {
        using var raw = await client.GetAsync(asset);
        var original = await raw.Content.ReadAsByteArrayAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, asset);
        request.Headers.AcceptEncoding.ParseAdd("gzip, br");
        using var zipped = await client.SendAsync(request);
        var sent = await zipped.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, zipped.StatusCode);
        Assert.True(
            zipped.Headers.CacheControl is { MaxAge.TotalDays: >= 365 },
            $"{asset}: {zipped.Headers.CacheControl}"
        );
        Assert.Contains("immutable", zipped.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var encoding = Assert.Single(zipped.Content.Headers.ContentEncoding);
        Assert.Equal(original, Decompress(encoding, sent));
        // Small files gain little; a style sheet or a script of a few kilobytes must shrink by half at least.
        Assert.True(
            original.Length < 2048 || sent.Length * 2 < original.Length,
            $"{asset}: {sent.Length} bytes sent for {original.Length}"
        );

        var etag = Assert.IsType<EntityTagHeaderValue>(zipped.Headers.ETag);
        using var again = new HttpRequestMessage(HttpMethod.Get, asset);
        again.Headers.AcceptEncoding.ParseAdd("gzip, br");
        again.Headers.IfNoneMatch.Add(etag);
        using var revalidated = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    private static byte[] Decompress(string encoding, byte[] body)
    {
        using var input = new MemoryStream(body);
        using Stream decoder =
            encoding == "br"
                ? new BrotliStream(input, CompressionMode.Decompress)
                : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Pages_themselves_are_never_cached_as_immutable(DatabaseProvider provider)
    {
        using var app = new BocageFactory(provider);
        using var home = await app.CreateClient().GetAsync("/");

        Assert.DoesNotContain("immutable", home.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
    }
}
