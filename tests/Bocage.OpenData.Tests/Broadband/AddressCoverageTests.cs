using System.Net;
using System.Net.Http.Headers;
using Bocage.OpenData.Domain.Broadband;
using Bocage.OpenData.Tests.Observatory;

namespace Bocage.OpenData.Tests.Broadband;

public sealed class AddressMatcherTests
{
    private static readonly Dictionary<string, string> Names = new() { ["59249"] = "Fourmies", ["59601"] = "Trélon" };

    private static readonly Address[] Addresses =
    [
        new("12", "Rue Jean Jaurès", "59610", "59249", 50.01, 4.05, FibreStatus.Connectable),
        new("14", "Rue Jean Jaurès", "59610", "59249", 50.01, 4.05, null),
        new("3", "Place du Général de Gaulle", "59132", "59601", 50.06, 4.10, FibreStatus.InProgress),
        new("3", "Rue Jean Jaurès", "59132", "59601", 50.06, 4.10, null),
    ];

    [Theory]
    [InlineData("12 rue Jean Jaurès Fourmies", "12", "Rue Jean Jaurès", "59249", true)]
    [InlineData("12 r. jean jaures, 59610 FOURMIES", "12", "Rue Jean Jaurès", "59249", true)]
    [InlineData("12 rue jean jaurres fourmies", "12", "Rue Jean Jaurès", "59249", true)]
    [InlineData("13 rue jean jaures fourmies", "12", "Rue Jean Jaurès", "59249", false)]
    [InlineData("3 pl du gal de gaulle trelon", "3", "Place du Général de Gaulle", "59601", true)]
    [InlineData("3 rue jean jaures trelon", "3", "Rue Jean Jaurès", "59601", true)]
    public void Accents_abbreviations_typos_and_the_commune_are_understood(
        string typed,
        string number,
        string street,
        string insee,
        bool exact
    )
    {
        var best = AddressMatcher.Find(typed, Addresses, Names)[0];

        Assert.Equal(
            (number, street, insee, exact),
            (best.Address.Number, best.Address.Street, best.Address.CommuneInsee, best.ExactNumber)
        );
    }

    [Theory]
    [InlineData("rue de la Liberté Fourmies")]
    [InlineData("12")]
    [InlineData("place du Général de Gaulle Fourmies")]
    public void An_unknown_street_or_a_street_of_another_commune_is_not_found(string typed) =>
        Assert.Empty(AddressMatcher.Find(typed, Addresses, Names));
}

public sealed class AddressCoverageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Coverage_at_an_address_says_what_comes_from_the_address_and_what_from_the_commune(
        DatabaseProvider db
    )
    {
        var browser = fixture.App(db).Browser();

        var found = WebUtility.HtmlDecode(
            await browser.OpenAsync(
                "/couverture/adresse?adresse=" + Uri.EscapeDataString("12 r jean jaures 59610 fourmies")
            )
        );
        var empty = WebUtility.HtmlDecode(await browser.OpenAsync("/couverture/adresse?adresse=+"));
        var unknown = WebUtility.HtmlDecode(
            await browser.OpenAsync("/couverture/adresse?adresse=" + Uri.EscapeDataString("rue inconnue Fourmies"))
        );

        Assert.Contains("12 Rue Jean Jaurès, 59610 Fourmies", found);
        Assert.Contains("Fibre à cette adresse (donnée de déploiement par adresse)", found);
        Assert.Contains("chiffre de la commune, pas de l'adresse", found);
        Assert.Matches(@"Nœud de raccordement optique de Fourmies \(\d,\d km\)", found);
        Assert.Contains("Indiquez votre adresse", empty);
        Assert.Contains("aria-invalid=\"true\"", empty);
        Assert.Contains("Adresse introuvable", unknown);
        Assert.Contains("value=\"rue inconnue Fourmies\"", unknown);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_coverage_report_form_is_limited_per_address_with_a_French_429(DatabaseProvider db)
    {
        await using var app = new BocageFactory(db).With("RateLimits:IdentityFormsPerMinute", "2");
        var browser = app.Browser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await browser.SubmitAsync(
                "/couverture",
                new Dictionary<string, string>
                {
                    ["Input.Address"] = $"{i} rue de la Gare",
                    ["Input.Commune"] = "59249",
                    ["Input.Technology"] = "Fibre",
                    ["Input.Description"] = "Pas de fibre.",
                },
                "/couverture"
            );
            statuses.Add(response.StatusCode);
        }
        var refusal = WebUtility.HtmlDecode(browser.LastPage);
        using var reading = await browser.GetAsync("/couverture");

        Assert.All(statuses.Take(2), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
        Assert.Contains("Trop de demandes", refusal);
        Assert.Equal(HttpStatusCode.OK, reading.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_infected_observatory_csv_is_refused_by_the_scan(DatabaseProvider db)
    {
        var partner = await StaffSignIn.AsAsync(fixture.App(db), "agent.fourmies@demo.sud-avesnois.fr");
        await partner.OpenAsync("/gestion/observatoire/saisie");
        var token = System
            .Text.RegularExpressions.Regex.Match(
                partner.LastPage,
                "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\""
            )
            .Groups[1]
            .Value;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken");
        var csv = new ByteArrayContent(
            System.Text.Encoding.ASCII.GetBytes(@"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*")
        );
        csv.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(csv, "fichier", "valeurs.csv");

        using var response = await partner.Client.PostAsync("/gestion/observatoire/saisie?handler=Csv", form);

        Assert.Contains("contient un virus", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}
