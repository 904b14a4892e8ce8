using System.Net;

namespace Bocage.Kernel.Tests.Web;

internal static class HttpAssertions
{
    public static async Task<string> GetPageAsync(
        this HttpClient client,
        string path,
        HttpStatusCode expected = HttpStatusCode.OK
    )
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(
            expected == response.StatusCode,
            $"GET {path}: expected {(int)expected}, got {(int)response.StatusCode}\n{body[..Math.Min(body.Length, 2000)]}"
        );
        return body;
    }
}
