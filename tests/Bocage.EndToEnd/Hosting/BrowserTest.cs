using Microsoft.Playwright;

namespace Bocage.EndToEnd.Hosting;

/// <summary>
/// Base of every browser test: a fresh context and page of its own, and the console messages the page
/// logged, so that a test can tell what the browser complained about.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserHost host) : IAsyncLifetime
{
    private IBrowserContext? _context;
    private IPage? _page;

    protected BrowserHost Host => host;

    protected IBrowserContext Context => _context ?? throw new InvalidOperationException("No context yet.");

    protected IPage Page => _page ?? throw new InvalidOperationException("No page yet.");

    /// <summary>Everything the page wrote to its console, errors included ("error: …").</summary>
    protected List<string> ConsoleMessages { get; } = [];

    /// <summary>Override to change the context, e.g. a phone viewport or JavaScript off.</summary>
    protected virtual BrowserNewContextOptions ContextOptions() => new();

    public async Task InitializeAsync()
    {
        _context = await host.NewContextAsync(ContextOptions());
        _page = await _context.NewPageAsync();
        _page.Console += (_, message) => ConsoleMessages.Add($"{message.Type}: {message.Text}");
        _page.PageError += (_, error) => ConsoleMessages.Add($"pageerror: {error}");
    }

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }
    }

    /// <summary>Opens a path of the site and checks the server answered with the expected status.</summary>
    protected async Task<IResponse> OpenAsync(string path, int expectedStatus = 200)
    {
        var response = await Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load })
            ?? throw new InvalidOperationException($"No response for {path}.");
        Assert.True(
            response.Status == expectedStatus,
            $"{path} answered {response.Status}, expected {expectedStatus}."
        );
        return response;
    }

    /// <summary>
    /// Reloads the page until the locator finds something, for what the server does in the background (the outbox
    /// delivering an event): the page does not update itself, so waiting on the locator alone would never see it.
    /// Each reload waits for the network to be idle, which paces the polling without a clock; the whole is bounded
    /// by <see cref="BrowserHost.Patience"/> like every other wait.
    /// </summary>
    protected async Task ReloadUntilFoundAsync(ILocator locator)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await locator.CountAsync() == 0)
        {
            Assert.True(
                waited.Elapsed.TotalMilliseconds < BrowserHost.Patience,
                $"Still nothing on {Page.Url} after {waited.Elapsed.TotalSeconds:0} s of reloading."
            );
            await Page.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.NetworkIdle });
        }
    }

    /// <summary>Text with every kind of space (no-break, narrow no-break) as a plain space.</summary>
    protected static string Normalise(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
