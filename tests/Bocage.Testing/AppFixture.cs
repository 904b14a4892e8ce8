using System.Collections.Concurrent;
using Bocage.Kernel.Data;

namespace Bocage.Testing;

/// <summary>
/// One running application per database, shared by the tests of a class that only read or add data
/// of their own (<c>IClassFixture&lt;AppFixture&gt;</c>). Tests that damage state build their own factory.
/// </summary>
public sealed class AppFixture : IDisposable
{
    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<BocageFactory>> _apps = new();

    public BocageFactory App(DatabaseProvider provider) =>
        _apps.GetOrAdd(provider, p => new Lazy<BocageFactory>(() => new BocageFactory(p))).Value;

    public HttpClient Client(DatabaseProvider provider, bool followRedirects = true) =>
        App(provider)
            .CreateClient(
                new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
                {
                    AllowAutoRedirect = followRedirects,
                }
            );

    public void Dispose()
    {
        foreach (var app in _apps.Values.Where(a => a.IsValueCreated))
        {
            app.Value.Dispose();
        }
    }
}
