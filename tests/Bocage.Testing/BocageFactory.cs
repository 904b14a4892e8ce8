using Bocage.Kernel.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bocage.Testing;

/// <summary>
/// The whole application on a database of its own, as a real user reaches it: through HTTP, with the
/// demo territory seeded at start-up.
/// </summary>
public class BocageFactory(DatabaseProvider provider) : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database = TestDatabase.Create(provider);
    private readonly Dictionary<string, string?> _settings = [];

    public DatabaseProvider Provider => provider;

    public string ConnectionString => _database.ConnectionString;

    /// <summary>Sets a configuration value before the host is built.</summary>
    public BocageFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("ConnectionStrings:Bocage", _database.ConnectionString);
        builder.UseSetting("Outbox:PollInterval", "00:00:00.200");
        // Many tests sign in from the same (absent) client address; the limit itself has its own test.
        builder.UseSetting("RateLimits:IdentityFormsPerMinute", "100000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A browser for one person, with its own cookies.</summary>
    public Browser Browser() => new(CreateClient());

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }
}
