using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Amounts;
using Bocage.Kernel.Permissions;
using Bocage.Kernel.Seed;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Accounts;

/// <summary>
/// The engines' figures on the officials' dashboard: files and processing time per commune, payments collected per
/// régie and month, datasets published; each official sees only the communes of their grant.
/// </summary>
public sealed partial class DashboardFiguresTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_territorys_official_sees_every_engines_figures_and_a_communes_only_its_own(
        DatabaseProvider db
    )
    {
        using var app = new BocageFactory(db);
        using (var scope = app.Services.CreateScope())
        {
            await DemoGrants.EnsureAsync(
                scope.ServiceProvider.GetRequiredService<AccountsDb>(),
                "agent.trelon@demo.sud-avesnois.fr",
                DashboardPermissions.Read,
                GrantScope.Commune("59601"),
                DateTime.UtcNow
            );
        }
        var elected = app.Browser();
        await StaffTests.EnrolAsync(elected, "elu@demo.sud-avesnois.fr");
        var trelon = app.Browser();
        await StaffTests.EnrolAsync(trelon, "agent.trelon@demo.sud-avesnois.fr");

        var all = WebUtility.HtmlDecode(await elected.OpenAsync("/gestion/tableau-de-bord"));
        var own = WebUtility.HtmlDecode(await trelon.OpenAsync("/gestion/tableau-de-bord"));

        Assert.Contains("Démarches en ligne : dossiers déposés sur douze mois et délai médian de traitement", all);
        Assert.Contains("Paiements en ligne encaissés par régie, sur six mois", all);
        Assert.Contains("Données ouvertes : jeux de données publiés", all);
        Assert.Contains("<th scope=\"row\">Communauté de Communes Sud Avesnois</th>", all);
        Assert.Matches($"Location de salles de Trélon</th>(.|\\n)*?{Money.Format(23000)}", all);
        Assert.Contains("<rect width=\"100\"", all);
        Assert.Contains("<th scope=\"row\">Trélon</th>", own);
        Assert.DoesNotContain("<th scope=\"row\">Fourmies</th>", own);
        Assert.DoesNotContain("Communauté de Communes Sud Avesnois</th>", own);
        Assert.DoesNotContain("Centre aquatique", own);
        Assert.Contains("Location de salles de Trélon", own);

        // Each table of months comes with its chart: twelve months of files, six of payments, oldest first.
        var charts = Charts()
            .Matches(all)
            .Select(m => Values().Matches(m.Value).Select(v => v.Groups[1].Value).ToList());
        Assert.Equal([12, 6], charts.Select(c => c.Count));
        var payments = Charts().Matches(own)[1].Value;
        Assert.Equal(23000, Values().Matches(payments).Sum(v => long.Parse(Digits().Replace(v.Groups[1].Value, ""))));
        Assert.Contains(
            $"<span class=\"month-chart__label\">{DateTime.UtcNow.ToString("MMM yyyy", CultureInfo.GetCultureInfo("fr"))}</span>",
            own
        );
    }

    [Fact]
    public void A_months_column_measures_its_share_of_the_highest_month()
    {
        var table = new Kernel.Dashboard.DashboardTable("t", "r", [], [])
        {
            Months = [new("janv.", "4", 4), new("févr.", "0", 0), new("mars", "8", 8)],
        };
        Assert.Equal([50, 0, 100], table.Months.Select(table.HeightOf));
        Assert.Equal(0, (table with { Months = [new("janv.", "0", 0)] }).HeightOf(new("janv.", "0", 0)));
    }

    [GeneratedRegex(@"<ol class=""month-chart"">(.|\n)*?</ol>")]
    private static partial Regex Charts();

    [GeneratedRegex(@"month-chart__value"">([^<]*)<")]
    private static partial Regex Values();

    [GeneratedRegex(@"\D")]
    private static partial Regex Digits();
}
