using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Web;

public sealed class OutputCacheTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Public_pages_are_served_from_the_cache_per_language(DatabaseProvider provider)
    {
        using var app = new BocageFactory(provider);
        var client = app.CreateClient();
        var first = await client.GetPageAsync("/communes");
        Assert.Contains("Glageon", first);

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KernelDb>();
            await db
                .Communes.Where(c => c.Insee == "59261")
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Name, "Glageon-Renommée"));
        }

        var cached = await client.GetPageAsync("/communes");
        var otherLanguage = await client.GetPageAsync("/communes?langue=en");

        Assert.DoesNotContain("Glageon-Renommée", cached);
        Assert.Contains("Glageon-Renommée", otherLanguage);
    }
}

public sealed class CachedPagesForSignedInPeopleTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_signed_in_person_never_gets_the_anonymous_copy_of_a_public_page(DatabaseProvider provider)
    {
        using var app = new BocageFactory(provider);
        var anonymous = await app.CreateClient().GetPageAsync("/");
        Assert.Contains("href=\"/connexion\"", anonymous);

        var browser = app.Browser();
        await browser.SignInAsync("habitant@demo.sud-avesnois.fr", "Bocage-demo-2026");
        var signedIn = await browser.OpenAsync("/");

        Assert.Contains("Se déconnecter", signedIn);
        Assert.DoesNotContain("Se déconnecter", await app.CreateClient().GetPageAsync("/"));
    }
}
