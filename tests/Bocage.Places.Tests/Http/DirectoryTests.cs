using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bocage.Places.Data;
using Bocage.Places.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Places.Tests.Http;

/// <summary>The directory as a visitor reaches it, on SQLite and on PostgreSQL.</summary>
public sealed partial class DirectoryTests
{
    [GeneratedRegex("""<script type="application/ld\+json">(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex JsonLdBlock();

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_engine_migrates_into_its_own_schema_and_seeds_once(DatabaseProvider provider)
    {
        await using var app = new BocageFactory(provider);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlacesDb>();
        var before = await db.Places.CountAsync();

        await PlacesDemo.SeedAsync(app.Services, CancellationToken.None);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed since the last migration: add one.");
        Assert.Equal(TourismDemo.Places.Count + BusinessDemo.Places.Count, before);
        Assert.Equal(before, await db.Places.CountAsync());
        Assert.Equal(2, await db.Circuits.CountAsync());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_first_visit_lists_every_place_and_the_filters_narrow_it(DatabaseProvider provider)
    {
        await using var app = new BocageFactory(provider);
        var visitor = app.Browser();
        var total = TourismDemo.Places.Count + BusinessDemo.Places.Count;

        var all = WebUtility.HtmlDecode(await visitor.OpenAsync("/annuaire"));
        var museums = WebUtility.HtmlDecode(await visitor.OpenAsync("/annuaire?type=Museum"));
        var trelon = WebUtility.HtmlDecode(await visitor.OpenAsync("/annuaire?commune=59601"));
        var glass = WebUtility.HtmlDecode(await visitor.OpenAsync("/annuaire?q=VERRE"));
        var stepFree = WebUtility.HtmlDecode(await visitor.OpenAsync("/annuaire?accessible=true&theme=Textile"));
        var nonsense = await visitor.GetAsync("/annuaire?type=Spaceport&commune=99999&page=-4&theme=%3Cb%3E");

        Assert.Contains($"{total} lieu(x) trouvé(s)", all, StringComparison.Ordinal);
        Assert.Contains("Page 1 sur 2", all, StringComparison.Ordinal);
        Assert.Contains("Musée du Textile et de la Vie sociale", museums, StringComparison.Ordinal);
        Assert.Contains("Atelier-Musée du Verre", museums, StringComparison.Ordinal);
        Assert.Contains("2 lieu(x) trouvé(s)", museums, StringComparison.Ordinal);
        Assert.Contains("Mairie de Trélon", trelon, StringComparison.Ordinal);
        Assert.DoesNotContain("Médiathèque de Fourmies", trelon, StringComparison.Ordinal);
        // « verre » finds the glass museum and the glass workshop whatever the case and accents typed.
        Assert.Contains("Atelier-Musée du Verre", glass, StringComparison.Ordinal);
        Assert.Contains("Atelier de verre d'art", glass, StringComparison.Ordinal);
        Assert.DoesNotContain("Boulangerie", glass, StringComparison.Ordinal);
        Assert.Contains("1 lieu(x) trouvé(s)", stepFree, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, nonsense.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Tourism_and_business_are_entry_points_with_their_own_home(DatabaseProvider provider)
    {
        await using var app = new BocageFactory(provider);
        var visitor = app.Browser();

        var tourism = WebUtility.HtmlDecode(await visitor.OpenAsync("/tourisme"));
        var business = WebUtility.HtmlDecode(await visitor.OpenAsync("/entreprises?type=Premises"));

        Assert.Contains("<h1>Tourisme en Sud Avesnois</h1>", tourism, StringComparison.Ordinal);
        Assert.Contains("Station touristique du ValJoly", tourism, StringComparison.Ordinal);
        Assert.DoesNotContain("Menuiserie d'Ohain", tourism, StringComparison.Ordinal);
        Assert.Contains("<h1>Entreprendre en Sud Avesnois</h1>", business, StringComparison.Ordinal);
        Assert.Contains("Local commercial, rue des Éclusettes", business, StringComparison.Ordinal);
        Assert.Contains("Atelier en zone d'activités d'Anor", business, StringComparison.Ordinal);
        Assert.Contains("2 lieu(x) trouvé(s)", business, StringComparison.Ordinal);
        // The page's GeoJSON link gives the same places.
        Assert.Contains(
            "href=\"/api/lieux?type=Premises&section=entreprises&format=geojson\"",
            business,
            StringComparison.Ordinal
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_place_page_says_when_it_opens_what_can_be_booked_and_describes_itself_to_search_engines(
        DatabaseProvider provider
    )
    {
        await using var app = new BocageFactory(provider);
        var visitor = app.Browser();

        var raw = await visitor.OpenAsync("/annuaire/mediatheque-fourmies");
        var page = WebUtility.HtmlDecode(raw);
        var museum = await visitor.OpenAsync("/annuaire/musee-textile-fourmies");
        var missing = await visitor.GetAsync("/annuaire/nulle-part");

        Assert.Contains("Du mardi au samedi, de 10 h à 12 h et de 14 h à 18 h", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/reserver/studio-son-image\"", raw, StringComparison.Ordinal);
        Assert.Contains("Maîtrise des outils numériques du quotidien", page, StringComparison.Ordinal);
        using var jsonLd = JsonDocument.Parse(JsonLdBlock().Match(museum).Groups[1].Value);
        var root = jsonLd.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("Museum", root.GetProperty("@type").GetString());
        Assert.Equal("Fourmies", root.GetProperty("address").GetProperty("addressLocality").GetString());
        Assert.Equal(50.0157, root.GetProperty("geo").GetProperty("latitude").GetDouble());
        Assert.Contains("href=\"/circuits/textile-et-verre-a-velo\"", museum, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_site_search_finds_places_circuits_and_the_business_pages(DatabaseProvider provider)
    {
        await using var app = new BocageFactory(provider);
        var visitor = app.Browser();

        var found = WebUtility.HtmlDecode(await visitor.OpenAsync("/recherche?q=ValJoly"));
        var company = WebUtility.HtmlDecode(await visitor.OpenAsync("/recherche?q=fiche+entreprise+horaires"));
        var starting = WebUtility.HtmlDecode(await visitor.OpenAsync("/recherche?q=creation+d%27entreprise"));
        var adding = WebUtility.HtmlDecode(await visitor.OpenAsync("/recherche?q=ajouter+mon+entreprise"));

        Assert.Contains("href=\"/annuaire/station-valjoly\"", found, StringComparison.Ordinal);
        Assert.Contains("href=\"/circuits/boucle-du-valjoly\"", found, StringComparison.Ordinal);
        Assert.Contains("href=\"/entreprises/ma-fiche\"", company, StringComparison.Ordinal);
        Assert.Contains("href=\"/entreprises/contact\"", starting, StringComparison.Ordinal);
        Assert.Contains("href=\"/entreprises/ma-fiche\"", adding, StringComparison.Ordinal);
    }
}
