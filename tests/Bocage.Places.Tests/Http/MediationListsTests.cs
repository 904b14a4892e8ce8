using System.Net;
using Bocage.Places.Seed;

namespace Bocage.Places.Tests.Http;

/// <summary>
/// An agent gives a place its labels and ticks what it offers in the national mediation schema's lists: the
/// place's page shows them and the mediation dataset publishes it; a value outside the lists is refused at its
/// field.
/// </summary>
public sealed class MediationListsTests
{
    private const string Password = "Bocage-demo-2026";
    private const string Edit = "/gestion/lieux/eglise-saint-pierre-fourmies/modifier";

    private static List<KeyValuePair<string, string>> Church(params (string Field, string Value)[] more) =>
        [
            new("Input.Name", "Église Saint-Pierre"),
            new("Input.Kind", "Heritage"),
            new("Input.Street", "Place de l'Église"),
            new("Input.PostalCode", "59610"),
            new("Input.Latitude", "50.0141"),
            new("Input.Longitude", "4.0519"),
            new("Input.SummaryFr", "Église en brique et pierre bleue."),
            .. more.Select(m => new KeyValuePair<string, string>(m.Field, m.Value)),
        ];

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Labels_and_mediation_lists_are_edited_shown_and_published(DatabaseProvider provider)
    {
        await using var app = new BocageFactory(provider);
        var agent = app.Browser();
        await agent.SignInAsStaffAsync(PlacesDemo.FourmiesAgent, Password);
        var form = WebUtility.HtmlDecode(await agent.OpenAsync(Edit));
        Assert.Contains("value=\"Acquisition de matériel informatique à prix solidaire\"", form);

        using (var forged = await agent.SubmitAsync(Edit, Church(("Input.MediationServices", "Réparer des vélos"))))
        {
            var page = WebUtility.HtmlDecode(agent.LastPage);
            Assert.Contains("Choisissez parmi les cases proposées.", page);
            Assert.Contains("field--error", page);
        }

        using var saved = await agent.SubmitAsync(
            Edit,
            Church(
                ("Input.Labels", "Patrimoine du XXe siècle, Ville d'art"),
                ("Input.MediationServices", "Compréhension du monde numérique"),
                ("Input.MediationServices", "Aide aux démarches administratives"),
                ("Input.MediationAccess", "Se présenter"),
                ("Input.Programmes", "Conseillers numériques")
            )
        );
        var church = WebUtility.HtmlDecode(agent.LastPage);
        Assert.Contains("Aide aux démarches administratives", church);
        Assert.Contains("Ville d'art", church);
        var again = WebUtility.HtmlDecode(await agent.OpenAsync(Edit));
        Assert.Contains("value=\"Patrimoine du XXe siècle, Ville d'art\"", again);
        Assert.Matches("value=\"Se présenter\" checked", again);

        // The schema's order, joined with « | », whatever the order ticked.
        var dataset = await app.Browser().OpenAsync("/api/lieux/mediation-numerique.csv");
        var line = dataset.Split('\n').Single(l => l.Contains("Église Saint-Pierre", StringComparison.Ordinal));
        Assert.Contains("Aide aux démarches administratives|Compréhension du monde numérique", line);
    }
}
