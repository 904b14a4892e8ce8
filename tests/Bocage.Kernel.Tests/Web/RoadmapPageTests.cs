using System.Text.RegularExpressions;

namespace Bocage.Kernel.Tests.Web;

public sealed partial class RoadmapPageTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [GeneratedRegex("<li id=\"R\\d\\d\" class=\"card roadmap-item\">")]
    private static partial Regex ActionItem();

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Lists_the_29_actions_with_their_status(DatabaseProvider db)
    {
        var html = await apps.Client(db).GetPageAsync("/feuille-de-route");

        Assert.Equal(29, ActionItem().Matches(html).Count);
        Assert.Contains("Prévu", html);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Filters_by_pillar(DatabaseProvider db)
    {
        var html = await apps.Client(db).GetPageAsync("/feuille-de-route?pilier=Mobilit%C3%A9s");

        Assert.Single(ActionItem().Matches(html));
        Assert.Contains("id=\"R15\"", html);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Filters_by_tag(DatabaseProvider db)
    {
        var html = await apps.Client(db).GetPageAsync("/feuille-de-route?tag=Transparence");
        var count = ActionItem().Matches(html).Count;

        Assert.InRange(count, 1, 28);
        Assert.Contains("id=\"R01\"", html);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_unknown_filter_value_shows_no_action_and_a_way_back(DatabaseProvider db)
    {
        var html = await apps.Client(db).GetPageAsync("/feuille-de-route?pilier=inconnu&statut=nimporte");

        Assert.Empty(ActionItem().Matches(html));
        Assert.Contains("Aucune action ne correspond", html);
        Assert.Contains("Effacer les filtres", html);
    }
}
