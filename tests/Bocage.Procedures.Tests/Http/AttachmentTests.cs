using System.Net;
using Bocage.Kernel.Files;
using Bocage.Procedures.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Bocage.Procedures.Tests.Http.AttachmentSteps;
using static Bocage.Procedures.Tests.Http.ProcedureSteps;

namespace Bocage.Procedures.Tests.Http;

/// <summary>File fields end to end through HTTP, with the real clamd test.sh starts, on both databases.</summary>
public sealed partial class AttachmentTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_PDF_sent_with_an_error_elsewhere_is_kept_shown_and_listed_on_the_review_and_receipt(
        DatabaseProvider db
    )
    {
        using var app = await AppAsync(db);
        var browser = app.Browser();
        var file = await StartAnonymouslyAsync(browser, "lea@exemple.fr", StartPath);

        using var first = await browser.SubmitWithFilesAsync(
            Fill(file),
            new Dictionary<string, string> { ["r.nom"] = "", ["aller"] = "suivant" },
            [Pdf("r.justificatif", "Facture EDF mars.pdf")],
            Fill(file)
        );

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var text = Decoded(browser);
        Assert.Contains("Renseignez « Nom ».", text);
        Assert.Contains("Facture EDF mars.pdf", text);
        var sent = SentFiles(browser.LastPage);
        var id = Guid.Parse(sent["r.justificatif"]);
        Assert.Equal(id.ToString(), (await FileAsync(app, file)).Answers["justificatif"]);

        using var second = await browser.SubmitWithFilesAsync(
            Fill(file),
            new Dictionary<string, string>(sent) { ["r.nom"] = "Léa Martin", ["aller"] = "suivant" },
            []
        );
        Assert.Equal($"/demarches/dossier/{file}/recapitulatif", second.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains($"href=\"/demarches/dossier/{file}/pieces/{id}\">Facture EDF mars.pdf", Decoded(browser));
        var number = await SubmitReviewedAsync(browser, file);

        var download = await browser.Client.GetAsync($"/demarches/dossier/{file}/pieces/{id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(SamplePdf("Bocage"), await download.Content.ReadAsByteArrayAsync());
        using var scope = app.Services.CreateScope();
        var (_, rows) = await scope
            .ServiceProvider.GetRequiredService<Bocage.Procedures.Domain.Filing.FileDocuments>()
            .ContentAsync(await FileAsync(app, file), default);
        Assert.Contains(rows, r =>
            r.Label == "Justificatif de domicile"
            && r.Value.StartsWith("Facture EDF mars.pdf (", StringComparison.Ordinal)
        );
        Assert.Matches(@"^CCSA-\d{4}-\d{6}$", number);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Refused_files_give_the_kernel_message_at_their_field_and_keep_every_other_answer(
        DatabaseProvider db
    )
    {
        using var app = await AppAsync(db);
        var browser = app.Browser();
        var file = await StartAnonymouslyAsync(browser, "lea@exemple.fr", StartPath);
        await browser.SubmitWithFilesAsync(
            Fill(file),
            new Dictionary<string, string> { ["r.nom"] = "x", ["aller"] = "enregistrer" },
            [Pdf("r.justificatif", "bon.pdf")],
            Fill(file)
        );
        var kept = SentFiles(browser.LastPage)["r.justificatif"];

        using var response = await browser.SubmitWithFilesAsync(
            Fill(file),
            new Dictionary<string, string>
            {
                ["r.nom"] = "Léa Martin",
                ["r.justificatif"] = kept,
                ["aller"] = "suivant",
            },
            [new UploadedFile("r.justificatif", "programme.exe", [0x4D, 0x5A, 0x90, 0x00]), EicarText("r.notes")],
            Fill(file)
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Decoded(browser);
        Assert.Contains(
            "Ce type de fichier n'est pas accepté ici. Envoyez un fichier dans l'un de ces formats : PDF, JPEG ou PNG.",
            text
        );
        Assert.Contains("Le fichier contient un virus (Eicar-Test-Signature) et a été refusé.", text);
        Assert.Contains("value=\"Léa Martin\"", text);
        var stored = await FileAsync(app, file);
        Assert.Equal(("Léa Martin", kept), (stored.Answers["nom"], stored.Answers["justificatif"]));
        Assert.False(stored.Answers.Has("notes"));

        await browser.SubmitWithFilesAsync(
            Fill(file),
            new Dictionary<string, string>
            {
                ["r.nom"] = "Léa Martin",
                ["r.justificatif"] = kept,
                ["aller"] = "suivant",
            },
            [new UploadedFile("r.justificatif", "photo.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03])],
            Fill(file)
        );
        Assert.Contains("Le contenu du fichier ne correspond pas à un PDF.", Decoded(browser));
        using var scope = app.Services.CreateScope();
        Assert.Equal(
            1,
            await scope
                .ServiceProvider.GetRequiredService<KernelDb>()
                .StoredFiles.CountAsync(f => f.UploadedBy == "suivi")
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task When_clamd_is_down_the_file_is_refused_at_its_field_and_the_answers_are_saved(DatabaseProvider db)
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closed = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var app = new BocageFactory(db).With(
            "ClamAv:Port",
            closed.ToString(System.Globalization.CultureInfo.InvariantCulture)
        );
        await CreateProcedureAsync(app);
        var browser = app.Browser();
        var file = await StartAnonymouslyAsync(browser, "lea@exemple.fr", StartPath);

        using var response = await browser.SubmitWithFilesAsync(
            Fill(file),
            new Dictionary<string, string> { ["r.nom"] = "Léa Martin", ["aller"] = "suivant" },
            [Pdf("r.justificatif")],
            Fill(file)
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(
            "L'analyse antivirus est indisponible : le fichier n'a pas été enregistré, réessayez plus tard.",
            Decoded(browser)
        );
        var stored = await FileAsync(app, file);
        Assert.Equal("Léa Martin", stored.Answers["nom"]);
        Assert.False(stored.Answers.Has("justificatif"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Files_go_in_repeatable_blocks_and_a_removed_draft_file_is_deleted(DatabaseProvider db)
    {
        using var app = await AppAsync(db);
        var browser = app.Browser();
        var file = await StartAnonymouslyAsync(browser, "lea@exemple.fr", StartPath);
        await browser.SubmitAsync(
            Fill(file),
            new Dictionary<string, string> { ["r.nom"] = "Léa", ["repeter"] = "enfants" },
            Fill(file)
        );

        await browser.SubmitWithFilesAsync(
            Fill(file),
            new Dictionary<string, string>
            {
                ["r.nom"] = "Léa",
                ["r.enfants"] = "1",
                ["r.enfants.0.prenom"] = "Lou",
                ["aller"] = "enregistrer",
            },
            [Pdf("r.enfants.0.certificat", "certificat-lou.pdf"), Pdf("r.justificatif")],
            Fill(file)
        );
        var sent = SentFiles(await browser.OpenAsync(Fill(file)));
        Assert.Contains("certificat-lou.pdf", browser.LastPage);
        var certificate = Guid.Parse(sent["r.enfants.0.certificat"]);
        Assert.Equal(certificate.ToString(), (await FileAsync(app, file)).Answers["enfants.0.certificat"]);

        await browser.SubmitWithFilesAsync(
            Fill(file),
            new Dictionary<string, string>(sent)
            {
                ["r.nom"] = "Léa",
                ["r.enfants"] = "1",
                ["r.enfants.0.prenom"] = "Lou",
                [Bocage.Procedures.Areas.Procedures.Pages.FieldView.RemoveFile] = "enfants.0.certificat",
            },
            []
        );

        var stored = await FileAsync(app, file);
        Assert.False(stored.Answers.Has("enfants.0.certificat"));
        Assert.Equal("Lou", stored.Answers["enfants.0.prenom"]);
        Assert.True(stored.Answers.Has("justificatif"));
        using var scope = app.Services.CreateScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<FileStore>().FindAsync(certificate));
        Assert.False(
            await scope
                .ServiceProvider.GetRequiredService<ProceduresDb>()
                .Attachments.AnyAsync(a => a.StoredFileId == certificate)
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_demo_PIDE_requests_carry_scanned_PDFs_the_Fourmies_agent_downloads(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        using var scope = app.Services.CreateScope();
        var procedures = scope.ServiceProvider.GetRequiredService<ProceduresDb>();
        var pide = await procedures.Procedures.SingleAsync(p => p.Slug == "aide-installation-entreprise");
        var files = await procedures.Files.AsNoTracking().Where(f => f.ProcedureId == pide.Id).ToListAsync();
        var attachments = await procedures.Attachments.AsNoTracking().ToListAsync();

        Assert.Equal(3, files.Count);
        Assert.All(files, f =>
            Assert.Equal(2, attachments.Count(a => a.FileId == f.Id && f.Answers[a.Input] == a.StoredFileId.ToString()))
        );
        var agent = await AgentAsync(app, "agent.fourmies@demo.sud-avesnois.fr");
        var first = attachments.First(a => a.Input == "kbis");
        var pdf = await agent.Client.GetByteArrayAsync(
            $"/gestion/demarches/dossier/{first.FileId}?handler=Piece&piece={first.StoredFileId}"
        );
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
    }

    private static async Task<BocageFactory> AppAsync(DatabaseProvider db)
    {
        var app = new BocageFactory(db);
        await CreateProcedureAsync(app);
        return app;
    }

    private static async Task<string> SubmitReviewedAsync(Browser browser, Guid file)
    {
        var review = $"/demarches/dossier/{file}/recapitulatif";
        using var submitted = await browser.SubmitAsync(review, new Dictionary<string, string>(), review);
        Assert.Equal($"/demarches/dossier/{file}", submitted.RequestMessage!.RequestUri!.AbsolutePath);
        return System.Text.RegularExpressions.Regex.Match(browser.LastPage, @"CCSA-\d{4}-\d{6}").Value;
    }
}
