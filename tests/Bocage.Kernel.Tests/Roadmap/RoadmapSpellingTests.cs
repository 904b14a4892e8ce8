using Bocage.Kernel.Roadmap;
using Bocage.Kernel.Tests.Web;

namespace Bocage.Kernel.Tests.Roadmap;

public sealed class RoadmapSpellingTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("Economie|Egalité|Equité", "Économie|Égalité|Équité")]
    [InlineData("Pôle Intercommunal de Développement Economique", "Pôle Intercommunal de Développement Économique")]
    [InlineData("E-inclusion|Formation", "e-inclusion|Formation")]
    [InlineData("Economies d'énergie", "Économies d'énergie")]
    [InlineData("Sud-Economie", "Sud-Economie")]
    public void Capitals_get_their_accents_and_a_tag_one_spelling(string written, string read) =>
        Assert.Equal(read, RoadmapSpelling.Fix(written));

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_roadmap_page_speaks_plain_French_with_the_date_each_service_opened(DatabaseProvider db)
    {
        var html = await apps.Client(db).GetPageAsync("/feuille-de-route");

        Assert.Contains("<option value=\"Économie\">Économie</option>", html);
        Assert.DoesNotContain(">Economie<", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<option value=\"[eE]-inclusion\""));
        Assert.Contains("Démarches en ligne : ouvert en partie depuis novembre 2026", html);
        Assert.DoesNotContain("Servie par", html);
        Assert.Contains("pas encore en ligne", html);
    }
}
