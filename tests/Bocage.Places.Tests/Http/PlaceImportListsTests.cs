using System.Net;
using Bocage.Places.Seed;

namespace Bocage.Places.Tests.Http;

/// <summary>
/// A CSV import carries the labels and the national mediation schema's lists (<c>services</c>,
/// <c>modalites_acces</c>, <c>dispositif_programmes_nationaux</c>, values between « | »): a value typed without its
/// capitals or accents is the list's, one the list does not have is refused by name at its column, and what is
/// imported is shown on the place's page and published in the schema's order.
/// </summary>
public sealed class PlaceImportListsTests
{
    private const string Password = "Bocage-demo-2026";
    private const string Page = "/gestion/lieux/import";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Labels_and_mediation_lists_are_imported_and_an_unknown_value_is_refused_by_name(
        DatabaseProvider provider
    )
    {
        await using var app = new BocageFactory(provider);
        var agent = app.Browser();
        await agent.SignInAsStaffAsync(PlacesDemo.FourmiesAgent, Password);
        var csv =
            "nom;type;commune;code_postal;latitude;longitude;labels;services;modalites_acces;dispositif_programmes_nationaux\n"
            + "Espace numérique des Verriers;Médiation numérique;Fourmies;59610;50.0131;4.0462;Label A, Label B;"
            + "acces internet et materiel informatique|AIDE AUX DÉMARCHES ADMINISTRATIVES;Se présenter;france services\n"
            + "Atelier cuisine;Médiation numérique;Fourmies;59610;50.0135;4.0466;;Cours de cuisine|Certification PIX;;\n";

        var columns = WebUtility.HtmlDecode(await agent.OpenAsync(Page));
        using var checkedFile = await agent.SubmitWithFilesAsync(
            Page,
            new Dictionary<string, string>(),
            [PlaceImportTests.Csv(csv)],
            Page
        );
        var preview = WebUtility.HtmlDecode(agent.LastPage);
        var fileId = PlaceImportTests.WaitingFile().Match(preview).Groups[1].Value;
        using var confirmed = await agent.SubmitAsync(
            $"{Page}?handler=Confirm",
            new Dictionary<string, string> { ["import"] = fileId }
        );
        var result = WebUtility.HtmlDecode(agent.LastPage);
        var place = WebUtility.HtmlDecode(await agent.OpenAsync("/annuaire/espace-numerique-des-verriers"));
        var published = await agent.OpenAsync("/api/lieux/mediation-numerique.csv");

        // The table of columns gives each list's values.
        Assert.Contains("<code>dispositif_programmes_nationaux</code>", columns);
        Assert.Contains("Aidants Connect | Bibliothèques numérique de référence", columns);
        Assert.Contains("Lieux à créer : 1", preview);
        Assert.Contains("Lignes refusées : 1", preview);
        Assert.Contains(
            "« Cours de cuisine | Certification PIX » n'est pas une valeur de la liste du schéma national",
            preview
        );
        Assert.Contains("<td data-label=\"Colonne\">services</td>", preview);
        Assert.Contains("Lieux créés : 1.", result);
        Assert.Contains("Label A", place);
        Assert.Contains("Aide aux démarches administratives", place);
        Assert.Contains("France Services", place);
        // Published in the schema's order, whatever the file's.
        Assert.Contains("Aide aux démarches administratives|Accès internet et matériel informatique", published);
    }
}
