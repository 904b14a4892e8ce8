using System.Collections.Concurrent;
using Bocage.Kernel.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.IdentityProviders;

/// <summary>
/// The application on real Kestrel with FranceConnect pointing at a <see cref="TestIdentityProvider"/>
/// of its own, both on 127.0.0.1.
/// </summary>
public sealed class FranceConnectSite : IAsyncDisposable
{
    public const string SignInButton = "S'identifier avec FranceConnect";
    public const string RefusedTitle = "Connexion avec FranceConnect refusée";

    private FranceConnectSite(TestIdentityProvider provider, DatabaseProvider db)
    {
        Provider = provider;
        App = new RecordingFactory(db, Refusals)
            .With("IdentityProviders:FranceConnect:Authority", provider.Address.ToString())
            .With("IdentityProviders:FranceConnect:ClientId", TestIdentityProvider.ClientId)
            .With("IdentityProviders:FranceConnect:ClientSecret", TestIdentityProvider.ClientSecret)
            .With("IdentityProviders:FranceConnect:DisplayName", "FranceConnect")
            .With("IdentityProviders:FranceConnect:RequireHttpsMetadata", "false");
        Address = App.StartOnLoopback();
    }

    public TestIdentityProvider Provider { get; }

    public BocageFactory App { get; }

    public Uri Address { get; }

    /// <summary>Why the application refused each provider answer, from its log, in order.</summary>
    public ConcurrentQueue<string> Refusals { get; } = new();

    public static async Task<FranceConnectSite> StartAsync(DatabaseProvider db)
    {
        var provider = await TestIdentityProvider.StartAsync();
        var site = new FranceConnectSite(provider, db);
        await provider.RegisterClientAsync(site.Address);
        return site;
    }

    public Browser Browser() => BocageFactory.NetworkBrowser(Address);

    /// <summary>Clicks « S'identifier avec FranceConnect » and follows every redirection, there and back.</summary>
    public async Task<HttpResponseMessage> SignInWithFranceConnectAsync(Browser browser)
    {
        var page = await browser.OpenAsync("/connexion");
        Assert.Contains(SignInButton, System.Net.WebUtility.HtmlDecode(page));
        return await browser.SubmitAsync(
            "/connexion?handler=External",
            new Dictionary<string, string> { ["provider"] = "franceconnect" }
        );
    }

    public async Task<T> WithAccountsAsync<T>(Func<UserManager<Account>, AccountsDb, Task<T>> query)
    {
        using var scope = App.Services.CreateScope();
        return await query(
            scope.ServiceProvider.GetRequiredService<UserManager<Account>>(),
            scope.ServiceProvider.GetRequiredService<AccountsDb>()
        );
    }

    public Task<int> ActiveSessionsAsync() =>
        WithAccountsAsync((_, db) => db.Sessions.CountAsync(s => s.EndedAt == null));

    public Task<Account?> AccountAsync(string email) => WithAccountsAsync((users, _) => users.FindByEmailAsync(email));

    public async ValueTask DisposeAsync()
    {
        App.Dispose();
        await Provider.DisposeAsync();
    }
}

/// <summary>
/// One site per database, started on first use and shared by the tests of a class (which run one after the other).
/// </summary>
public sealed class FranceConnectSites : IAsyncLifetime
{
    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<FranceConnectSite>>> _sites = new();

    public async Task<FranceConnectSite> SiteAsync(DatabaseProvider db)
    {
        var site = await _sites
            .GetOrAdd(db, d => new Lazy<Task<FranceConnectSite>>(() => FranceConnectSite.StartAsync(d)))
            .Value;
        // Each test states its own provider behaviour; none inherits a previous test's.
        site.Provider.Misbehaviour = Misbehaviour.None;
        site.Provider.SignsUserInfo = true;
        return site;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var site in _sites.Values.Where(s => s.IsValueCreated))
        {
            await (await site.Value).DisposeAsync();
        }
    }
}
