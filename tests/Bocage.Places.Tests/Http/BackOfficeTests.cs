using System.Net;
using Bocage.Places.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Places.Tests.Http;

/// <summary>
/// The agents' side: the Fourmies agent describes a new place of Fourmies, is told each mistake at its field with
/// everything typed kept, saves it and finds it in the directory; the Trélon agent cannot open it; an inhabitant
/// cannot reach the desk. Each save is in the audit log.
/// </summary>
public sealed class BackOfficeTests
{
    private const string Password = "Bocage-demo-2026";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_agent_adds_a_place_of_their_commune_after_fixing_what_the_form_refused(
        DatabaseProvider provider
    )
    {
        await using var app = new BocageFactory(provider);
        var fourmies = app.Browser();
        await fourmies.SignInAsStaffAsync(PlacesDemo.FourmiesAgent, Password);
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = "Repair café de la Filature",
            ["Input.Kind"] = "ThirdPlace",
            ["Input.Commune"] = "59249",
            ["Input.Street"] = "Rue de la Filature",
            ["Input.PostalCode"] = "5961",
            ["Input.Latitude"] = "50,0126",
            ["Input.Longitude"] = "4.0475",
            ["Input.OpeningHours"] = "Sa 09:00-12:00; Lu off",
            ["Input.SummaryFr"] = "Réparer ensemble plutôt que jeter.",
            ["Input.SummaryEn"] = "Repair together rather than throw away.",
            ["Input.Website"] = "filature.fr",
        };

        var desk = WebUtility.HtmlDecode(await fourmies.OpenAsync("/gestion/lieux"));
        using var refused = await fourmies.SubmitAsync("/gestion/lieux/nouveau", fields, "/gestion/lieux/nouveau");
        var refusal = WebUtility.HtmlDecode(fourmies.LastPage);
        fields["Input.PostalCode"] = "59610";
        fields["Input.OpeningHours"] = "Sa 09:00-12:00";
        fields["Input.Website"] = "https://filature.fr";
        using var saved = await fourmies.SubmitAsync("/gestion/lieux/nouveau", fields, "/gestion/lieux/nouveau");
        var page = WebUtility.HtmlDecode(fourmies.LastPage);
        var directory = WebUtility.HtmlDecode(await fourmies.OpenAsync("/annuaire?q=repair"));
        var english = WebUtility.HtmlDecode(await fourmies.OpenAsync("/annuaire/repair-cafe-de-la-filature?langue=en"));

        Assert.Contains("Musée du Textile et de la Vie sociale", desk);
        Assert.DoesNotContain("Atelier-Musée du Verre", desk);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Le code postal a cinq chiffres", refusal);
        Assert.Contains("Horaires illisibles : Règle 2", refusal);
        Assert.Contains("« Lu » n'est pas un jour", refusal);
        Assert.Contains("commençant par https://", refusal);
        Assert.Contains("value=\"Repair café de la Filature\"", refusal);
        Assert.Contains("Réparer ensemble plutôt que jeter.", refusal);
        Assert.Contains("<h1>Repair café de la Filature</h1>", page);
        Assert.Contains("Le samedi, de 9 h à 12 h", page);
        Assert.Contains("1 lieu(x) trouvé(s)", directory);
        Assert.Contains("Repair together rather than throw away.", english);
        using var scope = app.Services.CreateScope();
        Assert.True(
            await scope
                .ServiceProvider.GetRequiredService<KernelDb>()
                .AuditEntries.AnyAsync(e => e.Action == "places.place-save" && e.CommuneInsee == "59249")
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_closure_shows_on_the_page_and_no_agent_reaches_another_commune(DatabaseProvider provider)
    {
        await using var app = new BocageFactory(provider);
        var fourmies = app.Browser();
        await fourmies.SignInAsStaffAsync(PlacesDemo.FourmiesAgent, Password);
        var trelon = app.Browser();
        await trelon.SignInAsStaffAsync(PlacesDemo.TrelonAgent, Password);
        var inhabitant = app.Browser();
        await inhabitant.SignInAsync("habitant@demo.sud-avesnois.fr", Password);
        const string edit = "/gestion/lieux/eglise-saint-pierre-fourmies/modifier";

        // A visitor's look puts the public page in the cache: the agent's save must show at once all the same.
        Assert.DoesNotContain(
            "Fermé temporairement",
            await app.Browser().OpenAsync("/annuaire/eglise-saint-pierre-fourmies")
        );
        await fourmies.OpenAsync(edit);
        var form = WebUtility.HtmlDecode(fourmies.LastPage);
        using var closed = await fourmies.SubmitAsync(
            edit,
            new Dictionary<string, string>
            {
                ["Input.Name"] = "Église Saint-Pierre",
                ["Input.Kind"] = "Heritage",
                ["Input.Street"] = "Place de l'Église",
                ["Input.PostalCode"] = "59610",
                ["Input.Latitude"] = "50.0141",
                ["Input.Longitude"] = "4.0519",
                ["Input.SummaryFr"] = "Église en brique et pierre bleue.",
                ["Input.ClosedUntil"] = "2099-06-30",
                ["Input.ClosedReason"] = "Restauration de la toiture.",
            }
        );
        var page = WebUtility.HtmlDecode(fourmies.LastPage);
        using var other = await trelon.GetAsync(edit);
        using var desk = await inhabitant.GetAsync("/gestion/lieux");

        Assert.Contains("value=\"Église Saint-Pierre\"", form);
        Assert.Contains("Fermé temporairement jusqu'au", page);
        Assert.Contains("2099", page);
        Assert.Contains(
            "Restauration de la toiture.",
            WebUtility.HtmlDecode(await app.Browser().OpenAsync("/annuaire/eglise-saint-pierre-fourmies"))
        );
        Assert.Contains("Restauration de la toiture.", page);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        // Refused: 403, or the access-denied page the sign-in cookie leads to; never the desk.
        Assert.False(
            desk.StatusCode == HttpStatusCode.OK && desk.RequestMessage!.RequestUri!.AbsolutePath == "/gestion/lieux"
        );
    }
}
