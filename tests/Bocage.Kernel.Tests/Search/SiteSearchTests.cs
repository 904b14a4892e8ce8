using System.Net;
using Bocage.Kernel.Tests.Web;

namespace Bocage.Kernel.Tests.Search;

/// <summary>
/// The one search, through HTTP on both databases: procedures, pages, datasets, indicators and communes for
/// everyone, accent-, case- and plural-insensitive; one's own files and invoices only when signed in.
/// </summary>
public sealed class SiteSearchTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_words_people_type_find_the_procedures(DatabaseProvider db)
    {
        var client = apps.Client(db);

        var cantine = await client.GetPageAsync("/recherche?q=cantine");
        var attestations = await client.GetPageAsync("/recherche?q=ATTESTATIONS");
        var bacs = await client.GetPageAsync("/recherche?q=bacs+cass%C3%A9s");
        var accents = await client.GetPageAsync("/recherche?q=ordures+menageres");

        Assert.Contains("id=\"groupe-procedure\"", cantine);
        Assert.Contains("href=\"/demarches/inscription-cantine-periscolaire-fourmies\"", cantine);
        Assert.Contains("href=\"/demarches/attestation-accueil-fourmies\"", attestations);
        Assert.Contains("href=\"/demarches/demande-bac-ordures-menageres\"", bacs);
        Assert.Contains("href=\"/demarches/demande-bac-ordures-menageres\"", accents);
        Assert.DoesNotContain("href=\"/demarches/inscription-cantine-periscolaire-fourmies\"", bacs);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Pages_datasets_indicators_and_the_roadmap_are_found_grouped_by_kind(DatabaseProvider db)
    {
        var client = apps.Client(db);

        var facture = await client.GetPageAsync("/recherche?q=facture");
        var fibre = await client.GetPageAsync("/recherche?q=fibre");
        var population = await client.GetPageAsync("/recherche?q=population");

        Assert.Contains("id=\"groupe-page\"", facture);
        Assert.Contains("href=\"/factures/payer\"", facture);
        Assert.Contains("href=\"/feuille-de-route#", fibre);
        Assert.Matches("href=\"/(donnees|observatoire|demarches)/[^\"]*\"", fibre);
        Assert.Contains("id=\"groupe-indicator\"", population);
        Assert.Matches("href=\"/observatoire/[a-z0-9-]+\"", population);
        Assert.True(
            population.IndexOf("id=\"groupe-dataset\"", StringComparison.Ordinal) < 0
                || population.IndexOf("id=\"groupe-indicator\"", StringComparison.Ordinal)
                    > population.IndexOf("id=\"groupe-dataset\"", StringComparison.Ordinal),
            "groups follow the page's order: datasets before indicators"
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_person_finds_their_own_invoices_and_no_one_else_does(DatabaseProvider db)
    {
        var app = apps.App(db);
        var inhabitant = app.Browser();
        await inhabitant.SignInAsync("habitant@demo.sud-avesnois.fr", "Bocage-demo-2026");
        var stranger = app.Browser();
        await TestAccounts.CreateConfirmedAsync(
            app.Services,
            "voisin@exemple.fr",
            "Paul",
            "Voisin",
            "une phrase de passe sure"
        );
        await stranger.SignInAsync("voisin@exemple.fr", "une phrase de passe sure");

        var own = await inhabitant.OpenAsync("/recherche?q=cantine");
        var theirs = await stranger.OpenAsync("/recherche?q=cantine");
        var anonymous = await apps.Client(db).GetPageAsync("/recherche?q=cantine");

        Assert.Contains("id=\"groupe-invoice\"", own);
        Assert.Contains("Cantine – octobre", own);
        Assert.Contains("href=\"/demarches/inscription-cantine-periscolaire-fourmies\"", own);
        Assert.DoesNotContain("id=\"groupe-invoice\"", theirs);
        Assert.DoesNotContain("Cantine – octobre", theirs);
        Assert.DoesNotContain("Cantine – octobre", anonymous);
        Assert.Contains("/connexion?retour=", anonymous);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Full_text_syntax_in_a_query_cannot_break_the_search(DatabaseProvider db)
    {
        var client = apps.Client(db, followRedirects: false);

        foreach (var query in new[] { "\"", "cantine\" OR", "NEAR(a b)", "*", "a:* & !b", "de la", "'; DROP TABLE x" })
        {
            using var response = await client.GetAsync($"/recherche?q={Uri.EscapeDataString(query)}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        var none = await client.GetPageAsync("/recherche?q=zzzzyxw");
        Assert.Contains("Aucun résultat", none);
        Assert.Contains("href=\"/demarches\"", none);
    }
}
