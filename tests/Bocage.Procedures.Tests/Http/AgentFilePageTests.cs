using static Bocage.Procedures.Tests.Http.ProcedureSteps;

namespace Bocage.Procedures.Tests.Http;

/// <summary>
/// The agent's file page puts the answers first and one action form after them, with the steps that end the file
/// apart; a refusal states its reasons; the inbox opens on the files to handle, names the applicant, and offers an
/// agent only the procedures of their communes.
/// </summary>
public sealed class AgentFilePageTests
{
    private static Dictionary<string, string> Step(string page, string? key, string message = "") =>
        new()
        {
            ["transition"] = key ?? "",
            ["stamp"] = StampOf(page),
            ["reopen"] = "telephone",
            ["message"] = message,
        };

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_refusal_without_reasons_is_refused_at_the_message_and_nothing_typed_is_lost(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var applicant = app.Browser();
        var email = $"noa.{Guid.NewGuid():N}@exemple.fr";
        var file = await StartAnonymouslyAsync(applicant, email);
        var number = await SubmitBinAsync(applicant, file);
        var agent = await AgentAsync(app, "agent.fourmies@demo.sud-avesnois.fr");
        var page = $"/gestion/demarches/dossier/{file}";
        await agent.OpenAsync(page);
        var html = Decoded(agent);
        Assert.True(html.IndexOf("Réponses", StringComparison.Ordinal) < html.IndexOf("Traiter le dossier"));
        Assert.Contains("choice-group--danger", agent.LastPage);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(agent.LastPage, "handler=Transition"));

        await agent.SubmitAsync($"{page}?handler=Transition", Step(agent.LastPage, null), page);
        Assert.Contains("Choisissez ce que vous faites de ce dossier.", Decoded(agent));

        await agent.SubmitAsync($"{page}?handler=Transition", Step(agent.LastPage, "refuser", "  "), page);
        Assert.Contains("Un refus doit être motivé", Decoded(agent));
        Assert.Contains(
            "id=\"transition-refuser\" type=\"radio\" name=\"transition\" value=\"refuser\" checked",
            agent.LastPage
        );
        Assert.Contains("value=\"telephone\" checked", agent.LastPage);
        Assert.Equal("depose", (await FileAsync(app, file)).StateKey);

        await agent.SubmitAsync(
            $"{page}?handler=Transition",
            Step(agent.LastPage, "refuser", "Un seul bac par foyer : le vôtre a été livré en mars.")
        );
        Assert.Contains("a été mis à jour", Decoded(agent));
        Assert.Equal("refuse", (await FileAsync(app, file)).StateKey);
        var mail = (await MailsToAsync(app, email)).Last(m => m.Category == "procedures.notification");
        Assert.Contains(number, mail.Subject);
        Assert.Contains("Un seul bac par foyer", mail.TextBody);
        // The applicant reads who they deal with: the town hall, not the agent.
        await applicant.OpenAsync($"/demarches/dossier/{file}");
        Assert.Contains("Refusé (la mairie de Fourmies)", Decoded(applicant));
        Assert.Contains("Déposé (vous)", Decoded(applicant));
        Assert.DoesNotContain("Sacha Delattre", Decoded(applicant));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_inbox_opens_on_files_to_handle_names_the_applicant_and_lists_only_the_agents_procedures(
        DatabaseProvider db
    )
    {
        using var app = new BocageFactory(db);
        var applicant = app.Browser();
        var email = $"ines.{Guid.NewGuid():N}@exemple.fr";
        var open = await SubmitBinAsync(applicant, await StartAnonymouslyAsync(applicant, email));
        var closedFile = await StartAnonymouslyAsync(applicant, email);
        var closed = await SubmitBinAsync(applicant, closedFile);
        var agent = await AgentAsync(app, "agent.fourmies@demo.sud-avesnois.fr");
        var page = $"/gestion/demarches/dossier/{closedFile}";
        await agent.OpenAsync(page);
        await agent.SubmitAsync($"{page}?handler=Transition", Step(agent.LastPage, "classer"));

        await agent.OpenAsync("/gestion/demarches");
        Assert.Contains($">{open}</a>", agent.LastPage);
        Assert.DoesNotContain($">{closed}</a>", agent.LastPage);
        Assert.Contains($"<td>{email}</td>", agent.LastPage);
        Assert.Contains("value=\"a-traiter\" selected", agent.LastPage);
        await agent.OpenAsync("/gestion/demarches?etat=tous");
        Assert.Contains($">{closed}</a>", agent.LastPage);

        var trelon = await AgentAsync(app, "agent.trelon@demo.sud-avesnois.fr");
        await trelon.OpenAsync("/gestion/demarches");
        // The bin request is Fourmies' own: Trélon's agent cannot filter by it, nor by any other of Fourmies'.
        Assert.DoesNotContain("Demande de bac à ordures ménagères", Decoded(trelon));
        Assert.Contains("Demande de bac à ordures ménagères", Decoded(agent));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_assignee_is_told_when_complements_arrive_and_the_inbox_shows_them(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var applicant = app.Browser();
        var file = await StartAnonymouslyAsync(applicant, $"eve.{Guid.NewGuid():N}@exemple.fr");
        var number = await SubmitBinAsync(applicant, file);
        const string Agent = "agent.fourmies@demo.sud-avesnois.fr";
        var agent = await AgentAsync(app, Agent);
        var page = $"/gestion/demarches/dossier/{file}";
        await agent.OpenAsync(page);
        await agent.SubmitAsync(
            $"{page}?handler=Assign",
            new Dictionary<string, string> { ["stamp"] = StampOf(agent.LastPage), ["assignee"] = "moi" }
        );
        await agent.SubmitAsync($"{page}?handler=Transition", Step(agent.LastPage, "demander-complements"));
        var before = (await MailsToAsync(app, Agent)).Count;

        await applicant.SubmitAsync(
            $"/demarches/dossier/{file}?handler=Complete",
            new Dictionary<string, string> { ["r.telephone"] = "0327600001" },
            $"/demarches/dossier/{file}"
        );

        var told = (await MailsToAsync(app, Agent)).Skip(before).Single();
        Assert.Equal($"Dossier {number} : compléments reçus", told.Subject);
        Assert.Contains($"http://localhost{page}", told.TextBody);
        await agent.OpenAsync($"/gestion/demarches?q={number}");
        Assert.Contains("Compléments reçus le", Decoded(agent));
    }
}
