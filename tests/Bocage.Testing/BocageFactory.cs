using System.Net;
using Bocage.Kernel.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bocage.Testing;

/// <summary>
/// The whole application on a database of its own, as a real user reaches it: through HTTP, with the
/// demo territory seeded at start-up. Stored files go to a folder of its own, and scans to the clamd
/// test.sh started, when there is one.
/// </summary>
public class BocageFactory(DatabaseProvider provider) : WebApplicationFactory<Program>
{
    private TestDatabase? _database;
    private bool _keep;

    /// <summary>
    /// Whether this host starts from a copy of the database and files that one host migrated and seeded at the
    /// first need of this test run (<see cref="DatabaseTemplate"/>), rather than migrating and seeding its own:
    /// the same state, without seconds of start-up per host. Not when a test sets how the database is prepared or
    /// which one is used, nor for hosts whose seed depends on a clock of their own (they say so by overriding).
    /// </summary>
    protected virtual bool StartsFromTemplate =>
        !_settings.Keys.Any(k =>
            k == "environment"
            || k.StartsWith("Database:", StringComparison.Ordinal)
            || k.StartsWith("ConnectionStrings:", StringComparison.Ordinal)
            || k == "Files:Root"
        );

    /// <summary>Set for the host that makes the template itself.</summary>
    internal bool MakesTemplate { get; init; }

    private TestDatabase Database => _database ??= Prepare();

    private TestDatabase Prepare()
    {
        if (MakesTemplate || !StartsFromTemplate)
        {
            return TestDatabase.Create(provider);
        }
        var template = DatabaseTemplate.For(provider);
        template.CopyFilesTo(_filesRoot);
        return TestDatabase.CopyOf(template.Database);
    }

    /// <summary>Stops the host but keeps its database and files: what <see cref="DatabaseTemplate"/> copies.</summary>
    internal TestDatabase DisposeKeepingData()
    {
        _keep = true;
        Dispose();
        return Database;
    }

    private readonly Dictionary<string, string?> _settings = [];
    private readonly string _filesRoot = Path.Combine(Path.GetTempPath(), $"bocage-files-{Guid.NewGuid():N}");

    public DatabaseProvider Provider => provider;

    public string ConnectionString => Database.ConnectionString;

    /// <summary>The <c>Files:Root</c> of this host, unless a test sets another.</summary>
    public string FilesRoot => _filesRoot;

    /// <summary>Where mails go when no SMTP server is configured (the default, as in the demo).</summary>
    public string MailDirectory => Path.Combine(_filesRoot, "mail");

    /// <summary>Sets a configuration value before the host is built.</summary>
    public BocageFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        if (UnhandledErrorLog.FromEnvironment() is { } errors)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(errors));
        }
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("ConnectionStrings:Bocage", Database.ConnectionString);
        builder.UseSetting("Outbox:PollInterval", "00:00:00.200");
        // The test client's address: mailed links open in the same test host.
        builder.UseSetting("Site:BaseUrl", "http://localhost");
        // Many tests sign in from the same (absent) client address; the limit itself has its own test.
        builder.UseSetting("RateLimits:IdentityFormsPerMinute", "100000");
        builder.UseSetting("RateLimits:PayByReferencePerMinute", "100000");
        builder.UseSetting("RateLimits:PaymentNotificationsPerMinute", "100000");
        builder.UseSetting("Files:Root", _filesRoot);
        builder.UseSetting("Mail:PickupDirectory", MailDirectory);
        if (TestClamAv.Configured is { } clamAv)
        {
            builder.UseSetting("ClamAv:Host", clamAv.Host);
            builder.UseSetting("ClamAv:Port", clamAv.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        // Most tests sign in with the demo accounts; outside Development they exist only when asked for.
        // A test that picks another environment gets that environment's defaults, as a real site would.
        if (!_settings.ContainsKey("Database:SeedDemo") && !_settings.ContainsKey("environment"))
        {
            builder.UseSetting("Database:SeedDemo", "true");
        }
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A browser for one person, with its own cookies.</summary>
    public Browser Browser()
    {
        var cookies = new CookieContainer();
        return new(
            CreateDefaultClient(new RedirectHandler(), new CookieContainerHandler(cookies)),
            CreateDefaultClient(new CookieContainerHandler(cookies))
        );
    }

    /// <summary>
    /// Serves the application on real Kestrel at 127.0.0.1 on a free port, for journeys that leave the
    /// process (an identity provider's redirections); returns its address.
    /// </summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services
            .GetRequiredService<IServer>()
            .Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First();
        return new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>
    /// A browser without JavaScript that talks real HTTP to any address, keeps its cookies and follows
    /// redirections from one site to another, as a person's browser does.
    /// </summary>
    public static Browser NetworkBrowser(Uri site) =>
        new(
            new HttpClient(
                new HttpClientHandler
                {
                    CookieContainer = new CookieContainer(),
                    AllowAutoRedirect = true,
                    UseProxy = false,
                }
            )
            {
                BaseAddress = site,
            }
        );

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !_keep)
        {
            _database?.Dispose();
            if (Directory.Exists(_filesRoot))
            {
                Directory.Delete(_filesRoot, recursive: true);
            }
        }
    }
}
