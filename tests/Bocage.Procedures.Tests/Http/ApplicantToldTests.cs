using System.Text.RegularExpressions;
using static Bocage.Procedures.Tests.Http.ProcedureSteps;

namespace Bocage.Procedures.Tests.Http;

/// <summary>
/// Every step of an agent that expects or informs the applicant reaches them by mail, with the file's number and
/// where to open it; once they answered a request for documents, both sides read « compléments reçus » and the agent
/// decides from there.
/// </summary>
public sealed partial class ApplicantToldTests
{
    private static async Task TransitionAsync(Browser agent, Guid file, string key, string? reopen = null)
    {
        var page = $"/gestion/demarches/dossier/{file}";
        await agent.OpenAsync(page);
        await agent.SubmitAsync(
            $"{page}?handler=Transition",
            new Dictionary<string, string>
            {
                ["transition"] = key,
                ["stamp"] = StampOf(agent.LastPage),
                ["reopen"] = reopen ?? "",
                ["message"] = "Le numéro donné ne répond pas.",
            }
        );
        Assert.Contains("a été mis à jour", Decoded(agent));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_request_for_documents_is_mailed_and_once_answered_the_agent_accepts_from_there(
        DatabaseProvider db
    )
    {
        using var app = new BocageFactory(db);
        var applicant = app.Browser();
        var email = $"lea.{Guid.NewGuid():N}@exemple.fr";
        var file = await StartAnonymouslyAsync(applicant, email);
        var number = await SubmitBinAsync(applicant, file);
        var agent = await AgentAsync(app, "agent.fourmies@demo.sud-avesnois.fr");

        await TransitionAsync(agent, file, "demander-complements", "telephone");

        var request = (await MailsToAsync(app, email)).Single(m => m.Category == "procedures.complements");
        Assert.Equal($"Dossier {number} : des compléments vous sont demandés", request.Subject);
        Assert.Contains("- Téléphone", request.TextBody);
        Assert.Contains("Le numéro donné ne répond pas.", request.TextBody);
        // Without an account, the way in is the tracking page and its code, never a link that would not open.
        Assert.Contains("http://localhost/demarches/suivi", request.TextBody);
        Assert.DoesNotContain("/demarches/dossier/", request.TextBody);

        await applicant.SubmitAsync(
            $"/demarches/dossier/{file}?handler=Complete",
            new Dictionary<string, string> { ["r.telephone"] = "0327600001" },
            $"/demarches/dossier/{file}"
        );
        Assert.Contains("Compléments reçus le", Decoded(applicant));
        Assert.Equal("depose", (await FileAsync(app, file)).StateKey);
        await agent.OpenAsync($"/gestion/demarches/dossier/{file}");
        Assert.Contains("Compléments reçus le", Decoded(agent));
        Assert.Contains("name=\"transition\" value=\"accepter\"", agent.LastPage);

        await TransitionAsync(agent, file, "accepter");

        Assert.DoesNotContain("Compléments reçus le", Decoded(agent));
        // History and versions name people, and the applicant's address is on the file.
        Assert.DoesNotContain("account:", agent.LastPage);
        Assert.Contains("(Sacha Delattre)", Decoded(agent));
        Assert.Contains("(le demandeur (sans compte))", Decoded(agent));
        Assert.Contains("Fait : Prévenir le demandeur par courriel", Decoded(agent));
        Assert.Contains($"href=\"mailto:{email}\"", agent.LastPage);
        var decision = (await MailsToAsync(app, email)).Single(m => m.Category == "procedures.notification");
        Assert.Equal($"Votre demande est acceptée — dossier {number}", decision.Subject);
        Assert.Contains("http://localhost/demarches/suivi", decision.TextBody);
        // The decision, read by poppler: in the name of the service that decided, signed, dated in French.
        await applicant.OpenAsync($"/demarches/dossier/{file}");
        Assert.DoesNotContain("NotifyApplicant", applicant.LastPage);
        var document = DocumentLink().Match(applicant.LastPage).Groups[1].Value;
        using var pdf = await applicant.GetAsync($"/demarches/dossier/{file}?handler=Document&document={document}");
        var text = Regex.Replace(await PdfText.ExtractAsync(await pdf.Content.ReadAsByteArrayAsync()), @"\s+", " ");
        Assert.Contains("Pour : Commune de Fourmies", text);
        Assert.Contains("Décidé par : Sacha Delattre", text);
        Assert.Matches(
            @"\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)",
            text
        );
        Assert.DoesNotContain(" at ", text);
    }

    [GeneratedRegex(@"handler=Document&amp;document=([0-9a-f-]{36})")]
    private static partial Regex DocumentLink();

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_message_sent_to_an_account_holder_is_mailed_with_the_link_to_the_file_and_a_note_is_not(
        DatabaseProvider db
    )
    {
        using var app = new BocageFactory(db);
        const string Email = "habitant@demo.sud-avesnois.fr";
        var applicant = app.Browser();
        await applicant.SignInAsync(Email, Password);
        var file = await StartAnonymouslyAsync(applicant, Email);
        var number = await SubmitBinAsync(applicant, file);
        var before = (await MailsToAsync(app, Email)).Count;
        var agent = await AgentAsync(app, "agent.fourmies@demo.sud-avesnois.fr");
        var page = $"/gestion/demarches/dossier/{file}";

        var empty = await agent.SubmitAsync(
            $"{page}?handler=Note",
            new Dictionary<string, string> { ["Text"] = " ", ["isPrivate"] = "false" },
            page
        );
        Assert.Contains("Écrivez un message de 1 à", Decoded(agent));
        await agent.SubmitAsync(
            $"{page}?handler=Note",
            new Dictionary<string, string> { ["Text"] = "Vérifié avec le service déchets.", ["isPrivate"] = "true" },
            page
        );
        await agent.SubmitAsync(
            $"{page}?handler=Note",
            new Dictionary<string, string> { ["Text"] = "Le bac sera livré jeudi matin.", ["isPrivate"] = "false" },
            page
        );

        // The receipt of the filing may reach the outbox after the count: only what the agent's acts sent is read.
        var mails = (await MailsToAsync(app, Email)).Skip(before).Where(m => m.Category != "procedures.demande-recue");
        var message = Assert.Single(mails);
        Assert.Equal("procedures.message", message.Category);
        Assert.Equal($"Dossier {number} : nouveau message du service", message.Subject);
        Assert.Contains("Le bac sera livré jeudi matin.", message.TextBody);
        Assert.DoesNotContain("service déchets", message.TextBody);
        Assert.Contains($"http://localhost/demarches/dossier/{file}", message.TextBody);
        Assert.Equal(System.Net.HttpStatusCode.OK, empty.StatusCode);
    }
}
