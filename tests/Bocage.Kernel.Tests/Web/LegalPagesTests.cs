namespace Bocage.Kernel.Tests.Web;

/// <summary>The footer's pages: legal notice, personal data and rights, accessibility and recourse, site map.</summary>
public sealed class LegalPagesTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Every_page_carries_the_legal_footer(DatabaseProvider db)
    {
        var html = await apps.Client(db).GetPageAsync("/communes");
        var footer = html[html.IndexOf("<footer", StringComparison.Ordinal)..];

        foreach (var link in new[] { "/mentions-legales", "/donnees-personnelles", "/accessibilite", "/plan-du-site" })
        {
            Assert.Contains($"href=\"{link}\"", footer);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Personal_data_shows_the_public_part_of_the_register_and_how_to_use_ones_rights(
        DatabaseProvider db
    )
    {
        var html = await apps.Client(db).GetPageAsync("/donnees-personnelles");

        Assert.Contains("Finalité", html);
        Assert.Contains("Durée de conservation", html);
        Assert.DoesNotContain("Mesures de sécurité", html);
        Assert.Contains("href=\"/compte\"", html);
        Assert.Contains("cnil.fr", html);
        Assert.True(
            System.Text.RegularExpressions.Regex.Matches(html, "class=\"card roadmap-item\"").Count >= 3,
            "Fewer than three processing activities are shown."
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_accessibility_statement_names_the_recourse_and_the_site_map_every_service(DatabaseProvider db)
    {
        var client = apps.Client(db);

        var accessibility = await client.GetPageAsync("/accessibilite");
        var sitemap = await client.GetPageAsync("/plan-du-site");
        var legal = await client.GetPageAsync("/mentions-legales");
        var search = await client.GetPageAsync("/recherche?q=donn%C3%A9es+personnelles");

        Assert.Contains("Défenseur des droits", accessibility);
        Assert.Contains("partiellement conforme", accessibility);
        foreach (var path in new[] { "/demarches", "/factures/payer", "/donnees", "/carte", "/communes", "/compte" })
        {
            Assert.Contains($"href=\"{path}\"", sitemap);
        }
        Assert.Contains("directeur de la publication", legal);
        Assert.Contains("href=\"/donnees-personnelles\"", search[search.IndexOf("<main", StringComparison.Ordinal)..]);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_legal_notice_names_the_host_the_operator_set_and_says_when_none_is(DatabaseProvider db)
    {
        var unset = System.Net.WebUtility.HtmlDecode(await apps.Client(db).GetPageAsync("/mentions-legales"));
        Assert.Contains("L'hébergeur du site n'est pas encore renseigné", unset);

        using var app = new BocageFactory(db)
            .With("Legal:Host:Name", "Hébergeur & Fils SAS")
            .With("Legal:Host:Address", "2 rue Kellermann, 59100 Roubaix")
            .With("Legal:Host:Phone", "09 72 10 10 07");
        var legal = System.Net.WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync("/mentions-legales"));

        Assert.Contains("Hébergeur & Fils SAS", legal);
        Assert.Contains("2 rue Kellermann, 59100 Roubaix", legal);
        Assert.Contains("href=\"tel:0972101007\"", legal);
        Assert.DoesNotContain("n'est pas encore renseigné", legal);
    }
}
