using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Bocage.Procedures.Tests.Http.AttachmentSteps;
using static Bocage.Procedures.Tests.Http.ProcedureSteps;

namespace Bocage.Procedures.Tests.Http;

/// <summary>Who may download a file, and a requested document sent again as a new revision.</summary>
public sealed partial class AttachmentTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Only_the_applicant_and_agents_of_the_commune_download_a_file_and_no_one_claims_it_by_its_id(
        DatabaseProvider db
    )
    {
        using var app = await AppAsync(db);
        var lea = app.Browser();
        var file = await StartAnonymouslyAsync(lea, "lea@exemple.fr", StartPath);
        await lea.SubmitWithFilesAsync(
            Fill(file),
            new Dictionary<string, string> { ["r.nom"] = "Léa", ["aller"] = "suivant" },
            [Pdf("r.justificatif")],
            Fill(file)
        );
        await SubmitReviewedAsync(lea, file);
        var id = (await FileAsync(app, file)).Answers["justificatif"];
        var piece = $"/demarches/dossier/{file}/pieces/{id}";

        var other = app.Browser();
        var otherFile = await StartAnonymouslyAsync(other, "paul@exemple.fr", StartPath);
        using var claimed = await other.SubmitWithFilesAsync(
            Fill(otherFile),
            new Dictionary<string, string>
            {
                ["r.nom"] = "Paul",
                ["r.justificatif"] = id,
                ["aller"] = "suivant",
            },
            [],
            Fill(otherFile)
        );
        Assert.Contains("Joignez un fichier pour « Justificatif de domicile ».", Decoded(other));
        Assert.False((await FileAsync(app, otherFile)).Answers.Has("justificatif"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(piece)).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await other.Client.GetAsync($"/demarches/dossier/{otherFile}/pieces/{id}")).StatusCode
        );

        var trelon = await AgentAsync(app, "agent.trelon@demo.sud-avesnois.fr");
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await trelon.Client.GetAsync($"/gestion/demarches/dossier/{file}?handler=Piece&piece={id}")).StatusCode
        );
        var fourmies = await AgentAsync(app, "agent.fourmies@demo.sud-avesnois.fr");
        await fourmies.OpenAsync($"/gestion/demarches/dossier/{file}");
        Assert.Contains("justificatif.pdf", fourmies.LastPage);
        var download = await fourmies.Client.GetAsync($"/gestion/demarches/dossier/{file}?handler=Piece&piece={id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(SamplePdf("Bocage"), await download.Content.ReadAsByteArrayAsync());
        using var scope = app.Services.CreateScope();
        Assert.True(
            await scope
                .ServiceProvider.GetRequiredService<KernelDb>()
                .AuditEntries.AnyAsync(e => e.Action == "procedures.file.attachment" && e.Details == "justificatif.pdf")
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_requested_document_is_sent_again_as_a_new_revision_and_the_earlier_one_stays_readable(
        DatabaseProvider db
    )
    {
        using var app = await AppAsync(db);
        var lea = app.Browser();
        var file = await StartAnonymouslyAsync(lea, "lea@exemple.fr", StartPath);
        await lea.SubmitWithFilesAsync(
            Fill(file),
            new Dictionary<string, string> { ["r.nom"] = "Léa", ["aller"] = "suivant" },
            [Pdf("r.justificatif", "ancien.pdf", "Ancien")],
            Fill(file)
        );
        await SubmitReviewedAsync(lea, file);
        var first = (await FileAsync(app, file)).Answers["justificatif"];
        var agent = await AgentAsync(app, "agent.fourmies@demo.sud-avesnois.fr");
        var page = $"/gestion/demarches/dossier/{file}";
        var stamp = System
            .Text.RegularExpressions.Regex.Match(
                await agent.OpenAsync(page),
                "name=\"stamp\" value=\"([0-9a-f-]{36})\""
            )
            .Groups[1]
            .Value;
        await agent.SubmitAsync(
            $"{page}?handler=Transition",
            new Dictionary<string, string>
            {
                ["transition"] = "demander-complements",
                ["stamp"] = stamp,
                ["reopen"] = "justificatif",
                ["message"] = "Le justificatif a plus de trois mois.",
            }
        );
        await lea.OpenAsync($"/demarches/dossier/{file}");
        Assert.Contains("enctype=\"multipart/form-data\"", lea.LastPage);

        using var wrong = await lea.SubmitWithFilesAsync(
            $"/demarches/dossier/{file}?handler=Complete",
            SentFiles(lea.LastPage),
            [EicarText("r.justificatif")]
        );
        Assert.Contains("Ce type de fichier n'est pas accepté ici.", Decoded(lea));
        await lea.SubmitWithFilesAsync(
            $"/demarches/dossier/{file}?handler=Complete",
            new Dictionary<string, string>(),
            [Pdf("r.justificatif", "nouveau.pdf", "Nouveau")]
        );

        var stored = await FileAsync(app, file);
        Assert.Equal(2, stored.Revisions.Count);
        Assert.NotEqual(first, stored.Answers["justificatif"]);
        Assert.Contains(first, stored.Revisions.OrderBy(r => r.Number).First().AnswersJson);
        Assert.Contains("nouveau.pdf", Decoded(lea));
        Assert.Equal(
            SamplePdf("Ancien"),
            await lea.Client.GetByteArrayAsync($"/demarches/dossier/{file}/pieces/{first}")
        );
        Assert.Equal(
            SamplePdf("Nouveau"),
            await lea.Client.GetByteArrayAsync($"/demarches/dossier/{file}/pieces/{stored.Answers["justificatif"]}")
        );
    }
}
