using Bocage.Kernel.Data;
using Bocage.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Bocage.EndToEnd.Hosting;

/// <summary>
/// The application on a real port (Kestrel, SQLite) and one headless Chromium, both started once for
/// every browser test. Playwright drives the Debian chromium: it never downloads a browser.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    public const string ChromiumVariable = "BOCAGE_CHROMIUM";

    /// <summary>
    /// The bound of every wait, in milliseconds. Tests wait on conditions (an element visible, a page loaded),
    /// never on a clock, so a long bound costs nothing when things go well; it only has to outlast a busy
    /// two-core machine, where handing Chromium a 10 MB file once took more than 5 seconds.
    /// </summary>
    public const float Patience = 60_000;

    private BocageFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where the application listens, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    /// <summary>The application's services, to read what a person would find in their mailbox.</summary>
    public IServiceProvider Services =>
        _factory?.Services ?? throw new InvalidOperationException("The application is not started.");

    public async Task InitializeAsync()
    {
        try
        {
            // The public address must be known before start: payment return addresses and mailed links are
            // built from Site:BaseUrl, and the browser refuses a form redirect to another origin (form-action).
            var port = FreePort();
            _factory = new BocageFactory(DatabaseProvider.Sqlite).With("Site:BaseUrl", $"http://127.0.0.1:{port}");
            _factory.UseKestrel(port);
            _factory.StartServer();
            BaseUrl = ListeningAddress(_factory.Services).TrimEnd('/');

            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(
                new BrowserTypeLaunchOptions
                {
                    ExecutablePath = Environment.GetEnvironmentVariable(ChromiumVariable) ?? "/usr/bin/chromium",
                    Headless = true,
                    Timeout = Patience,
                    Args =
                    [
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--disable-quic",
                    ],
                }
            );
            Assertions.SetDefaultExpectTimeout(Patience);
        }
        catch
        {
            // xunit does not dispose a fixture whose start failed: stop what did start.
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>A fresh context (cookies, storage) in French, with every wait bounded.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.Locale ??= "fr-FR";
        options.BaseURL ??= BaseUrl;
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(Patience);
        context.SetDefaultNavigationTimeout(Patience);
        PageArchive.Watch(context);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string ListeningAddress(IServiceProvider services)
    {
        var addresses = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reports no address.");
        var address = addresses.FirstOrDefault(a => a.Contains("127.0.0.1", StringComparison.Ordinal))
            ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel listens nowhere.");
        return address
            .Replace("localhost", "127.0.0.1", StringComparison.Ordinal)
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "browser";
}
