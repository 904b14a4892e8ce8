using Bocage.Kernel.Data;
using Bocage.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Bocage.EndToEnd.Hosting;

/// <summary>
/// The shared test host, plus its stylesheet and script: outside Development, ASP.NET Core serves
/// static web assets only from a published output, so a browser would get the pages unstyled and
/// without htmx (empty MIME type, refused by the browser) unless they are switched on here.
/// </summary>
internal sealed class BrowserFactory() : BocageFactory(DatabaseProvider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseStaticWebAssets();
    }
}
