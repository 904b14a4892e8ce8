using System.Net;
using System.Text.RegularExpressions;

namespace Bocage.Kernel.Tests.Accounts;

public sealed class MandateTests
{
    private const string Password = "Bocage-demo-2026";

    private static async Task<string> MediatorIdAsync(Browser person)
    {
        var page = await person.OpenAsync("/compte/mandats");
        return Regex.Match(page, "<option value=\"([0-9a-f-]{36})\"[^>]*>Noa Dubois</option>").Groups[1].Value;
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_person_grants_a_mandate_the_mediator_acts_the_person_sees_it_then_revokes(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var person = app.Browser();
        await person.SignInAsync("habitant@demo.sud-avesnois.fr", Password);
        var mediatorId = await MediatorIdAsync(person);
        Assert.NotEmpty(mediatorId);

        await person.SubmitAsync(
            "/compte/mandats?handler=Grant",
            new Dictionary<string, string>
            {
                ["Mediator"] = mediatorId,
                ["Scopes"] = "profil",
                ["Days"] = "30",
            }
        );
        Assert.Contains("Le mandat est donné", person.LastPage);

        var mediator = app.Browser();
        await StaffTests.EnrolAsync(mediator, "mediateur@demo.sud-avesnois.fr");
        var list = await mediator.OpenAsync("/gestion/mandats");
        var act = Regex.Match(list, "href=\"(/gestion/mandats/[0-9a-f-]+/profil)\"").Groups[1].Value;
        Assert.Contains("Camille Lefebvre", list);
        await mediator.OpenAsync(act);
        await mediator.SubmitAsync(
            act,
            new Dictionary<string, string>
            {
                ["Input.GivenName"] = "Camille",
                ["Input.FamilyName"] = "Lefebvre-Roussel",
            }
        );

        var seen = WebUtility.HtmlDecode(await person.OpenAsync("/compte/mandats"));
        Assert.Contains(
            "Mise à jour des coordonnées — réalisé par Noa Dubois pour le compte de Camille Lefebvre-Roussel",
            seen
        );

        var mandateId = Regex.Match(person.LastPage, "name=\"mandate\" value=\"([0-9a-f-]+)\"").Groups[1].Value;
        await person.SubmitAsync(
            "/compte/mandats?handler=Revoke",
            new Dictionary<string, string> { ["mandate"] = mandateId }
        );
        Assert.Contains("Le mandat est retiré", WebUtility.HtmlDecode(person.LastPage));

        using var refused = await mediator.GetAsync(act);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_mandate_needs_a_mediator_and_a_procedure_and_keeps_the_choices(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var person = app.Browser();
        await person.SignInAsync("habitant@demo.sud-avesnois.fr", Password);
        var mediatorId = await MediatorIdAsync(person);

        await person.SubmitAsync(
            "/compte/mandats?handler=Grant",
            new Dictionary<string, string> { ["Mediator"] = mediatorId, ["Days"] = "7" }
        );
        var page = WebUtility.HtmlDecode(person.LastPage);

        Assert.Contains("Cochez au moins une démarche", page);
        Assert.Matches($"<option value=\"{mediatorId}\" selected", person.LastPage);
        Assert.Contains("<option value=\"7\" selected", person.LastPage);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Another_mediator_cannot_use_someone_elses_mandate(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var person = app.Browser();
        await person.SignInAsync("habitant@demo.sud-avesnois.fr", Password);
        await person.SubmitAsync(
            "/compte/mandats?handler=Grant",
            new Dictionary<string, string>
            {
                ["Mediator"] = await MediatorIdAsync(person),
                ["Scopes"] = "profil",
                ["Days"] = "1",
            }
        );
        var mediator = app.Browser();
        await StaffTests.EnrolAsync(mediator, "mediateur@demo.sud-avesnois.fr");
        var act = Regex
            .Match(await mediator.OpenAsync("/gestion/mandats"), "href=\"(/gestion/mandats/[0-9a-f-]+/profil)\"")
            .Groups[1]
            .Value;

        var admin = app.Browser();
        await StaffTests.EnrolAsync(admin, "admin@demo.sud-avesnois.fr");
        using var response = await admin.GetAsync(act);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
