using System.Net;
using System.Text.RegularExpressions;
using Bocage.Procedures.Domain.Definitions;
using Bocage.Procedures.Domain.Files;
using static Bocage.Procedures.Tests.Http.ProcedureSteps;

namespace Bocage.Procedures.Tests.Http;

public sealed partial class AgentTests
{
    [GeneratedRegex(@"name=""stamp"" value=""([0-9a-f-]{36})""")]
    private static partial Regex Stamp();

    private static Dictionary<string, string> Transition(string key, string stamp, string? reopen = null) =>
        new()
        {
            ["transition"] = key,
            ["stamp"] = stamp,
            ["reopen"] = reopen ?? "",
            ["message"] = "Merci de préciser votre téléphone.",
        };

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_agent_of_Trelon_never_sees_the_files_of_Fourmies(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var applicant = app.Browser();
        var file = await StartAnonymouslyAsync(applicant, "lea@exemple.fr");
        var number = await SubmitBinAsync(applicant, file);
        var trelon = await AgentAsync(app, "agent.trelon@demo.sud-avesnois.fr");
        var fourmies = await AgentAsync(app, "agent.fourmies@demo.sud-avesnois.fr");

        await trelon.OpenAsync($"/gestion/demarches?q={number}");
        var trelonSearch = trelon.LastPage;
        using var refused = await trelon.GetAsync($"/gestion/demarches/dossier/{file}");
        await trelon.OpenAsync("/gestion/demarches");
        var trelonInbox = trelon.LastPage;
        await fourmies.OpenAsync($"/gestion/demarches?q={number}");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.DoesNotContain($">{number}</a>", trelonSearch);
        Assert.Contains("Aucun dossier ne correspond", WebUtility.HtmlDecode(trelonSearch));
        Assert.Contains("CCSA-", trelonInbox);
        Assert.Contains(number, fourmies.LastPage);
        // States read as people say them, not as their keys.
        Assert.Contains("<td>Déposé</td>", WebUtility.HtmlDecode(fourmies.LastPage));
        Assert.DoesNotContain("<td>depose</td>", fourmies.LastPage);
        // Each agent reaches the engines' tools they hold from the back-office home, and only those.
        await trelon.OpenAsync("/gestion");
        Assert.Contains("href=\"/gestion/demarches\"", trelon.LastPage);
        Assert.DoesNotContain("href=\"/gestion/demarches/conception\"", trelon.LastPage);
        Assert.DoesNotContain("href=\"/gestion/factures\"", trelon.LastPage);
        await fourmies.OpenAsync("/gestion");
        Assert.Contains("href=\"/gestion/demarches/conception\"", fourmies.LastPage);
        Assert.Contains("href=\"/gestion/factures\"", fourmies.LastPage);
        using var anonymous = await app.Browser().GetAsync("/gestion/demarches");
        Assert.Equal("/connexion", anonymous.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_request_for_documents_reopens_fields_and_the_answer_is_a_new_revision(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var applicant = app.Browser();
        var file = await StartAnonymouslyAsync(applicant, "lea@exemple.fr");
        await SubmitBinAsync(applicant, file);
        var agent = await AgentAsync(app, "agent.fourmies@demo.sud-avesnois.fr");
        var page = $"/gestion/demarches/dossier/{file}";
        await agent.OpenAsync(page);

        await agent.SubmitAsync(
            $"{page}?handler=Transition",
            Transition("demander-complements", Stamp().Match(agent.LastPage).Groups[1].Value, "telephone")
        );
        Assert.Contains("a été mis à jour", Decoded(agent));
        await applicant.OpenAsync($"/demarches/dossier/{file}");
        Assert.Contains("Merci de préciser votre téléphone.", Decoded(applicant));
        await applicant.SubmitAsync(
            $"/demarches/dossier/{file}?handler=Complete",
            new Dictionary<string, string> { ["r.telephone"] = "abc", ["r.nom"] = "Pirate" }
        );
        Assert.Contains("téléphone français", Decoded(applicant));
        Assert.Contains("value=\"abc\"", applicant.LastPage);
        await applicant.SubmitAsync(
            $"/demarches/dossier/{file}?handler=Complete",
            new Dictionary<string, string> { ["r.telephone"] = "0327600001", ["r.nom"] = "Pirate" }
        );

        var stored = await FileAsync(app, file);
        Assert.Equal(2, stored.Revisions.Count);
        Assert.Equal("03 27 60 00 01", stored.Answers["telephone"]);
        Assert.Equal("Léa Martin", stored.Answers["nom"]);
        Assert.Empty(stored.Reopened);
        Assert.Contains(stored.Events, e => e.Kind == FileEventKind.Completed);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_second_of_two_agents_acting_at_once_is_told_and_changes_nothing(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var applicant = app.Browser();
        var file = await StartAnonymouslyAsync(applicant, "lea@exemple.fr");
        await SubmitBinAsync(applicant, file);
        var first = await AgentAsync(app, "agent.fourmies@demo.sud-avesnois.fr");
        var second = await AgentAsync(app, "admin@demo.sud-avesnois.fr");
        var page = $"/gestion/demarches/dossier/{file}";
        await first.OpenAsync(page);
        await second.OpenAsync(page);
        var stamp = Stamp().Match(first.LastPage).Groups[1].Value;
        Assert.Equal(stamp, Stamp().Match(second.LastPage).Groups[1].Value);

        await first.SubmitAsync($"{page}?handler=Transition", Transition("accepter", stamp));
        Assert.Contains("a été mis à jour", Decoded(first));
        await second.SubmitAsync($"{page}?handler=Transition", Transition("instruire", stamp));

        Assert.Contains("modifié par quelqu'un d'autre", Decoded(second));
        var stored = await FileAsync(app, file);
        Assert.Equal(StateKind.Accepted, stored.StateKind);
        Assert.Equal(2, stored.Events.Count(e => e.Kind == FileEventKind.Transition));
        await applicant.OpenAsync($"/demarches/dossier/{file}");
        Assert.Contains($"decision-{stored.Number}.pdf", applicant.LastPage);
    }
}
