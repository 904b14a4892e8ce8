using System.Net;

namespace Bocage.Kernel.Tests.Web;

public sealed class TerritoryPagesTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Home_page_shows_the_twelve_communes_with_INSEE_code_and_population(DatabaseProvider db)
    {
        var html = await apps.Client(db).GetPageAsync("/");

        foreach (
            var (name, insee) in new[]
            {
                ("Anor", "59012"),
                ("Baives", "59045"),
                ("Eppe-Sauvage", "59198"),
                ("Féron", "59229"),
                ("Fourmies", "59249"),
                ("Glageon", "59261"),
                ("Moustier-en-Fagne", "59420"),
                ("Ohain", "59445"),
                ("Trélon", "59601"),
                ("Wallers-en-Fagne", "59633"),
                ("Wignehies", "59659"),
                ("Willies", "59661"),
            }
        )
        {
            Assert.Contains($">{name}</a>", html);
            Assert.Contains($"<td>{insee}</td>", html);
        }
        Assert.Matches("12\\s119", System.Net.WebUtility.HtmlDecode(html));
        Assert.Contains("lang=\"fr\"", html);
        Assert.Contains("role=\"search\"", html);
        Assert.True(
            html.IndexOf(">Féron</a>", StringComparison.Ordinal)
                < html.IndexOf(">Fourmies</a>", StringComparison.Ordinal),
            "Féron comes before Fourmies"
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Home_page_groups_the_roadmap_actions_under_the_six_pillars(DatabaseProvider db)
    {
        var html = await apps.Client(db).GetPageAsync("/");

        foreach (
            var pillar in new[]
            {
                "Accès aux services publics et marchands",
                "Attractivité du territoire",
                "Cohésion sociale",
                "Mobilités",
                "Revitalisation des bourgs centres",
                "Territoire en transition",
            }
        )
        {
            Assert.Contains($">{pillar}</h3>", html);
        }
        Assert.Equal(
            29,
            System.Text.RegularExpressions.Regex.Matches(html, "href=\"/feuille-de-route#R\\d\\d\"").Count
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Commune_page_shows_its_code_population_and_town_hall(DatabaseProvider db)
    {
        var html = await apps.Client(db).GetPageAsync("/communes/trelon");

        Assert.Contains("<h1>Tr", html);
        Assert.Contains("59601", html);
        Assert.Contains("Mairie de Tr", html);
        Assert.Contains("aria-current=\"page\"", html);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_unknown_commune_gets_a_French_not_found_page(DatabaseProvider db)
    {
        var html = await apps.Client(db).GetPageAsync("/communes/atlantis", HttpStatusCode.NotFound);

        Assert.Contains("Page introuvable", html);
        Assert.Contains("href=\"/\"", html);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_unknown_address_gets_a_French_not_found_page(DatabaseProvider db)
    {
        var html = await apps.Client(db).GetPageAsync("/nulle/part", HttpStatusCode.NotFound);

        Assert.Contains("Page introuvable", html);
        Assert.Contains("lang=\"fr\"", html);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Search_ignores_accents_and_case(DatabaseProvider db)
    {
        var html = await apps.Client(db).GetPageAsync("/recherche?q=TRELON");

        Assert.Contains("href=\"/communes/trelon\"", html);
        Assert.DoesNotContain("href=\"/communes/anor\"", html);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Search_refuses_an_overlong_query_at_the_field_and_keeps_it(DatabaseProvider db)
    {
        var query = new string('a', 250);
        var html = await apps.Client(db).GetPageAsync($"/recherche?q={query}");

        Assert.Contains("La recherche est trop longue", html);
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.Contains($"value=\"{query}\"", html);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Search_output_is_encoded(DatabaseProvider db)
    {
        var html = await apps.Client(db).GetPageAsync("/recherche?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");

        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }
}
