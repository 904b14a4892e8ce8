using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Bocage.Procedures.Tests.Http.AttachmentSteps;
using static Bocage.Procedures.Tests.Http.ProcedureSteps;

namespace Bocage.Procedures.Tests.Http;

/// <summary>A file field's own size limit, and a page's body larger than the server takes for it.</summary>
public sealed class FileSizeLimitTests
{
    /// <summary>
    /// A real PDF made larger than <paramref name="bytes"/> by a comment after its end, as scanned documents are.
    /// </summary>
    private static UploadedFile LargePdf(string input, int bytes) =>
        new(input, "scan.pdf", [.. SamplePdf("Bocage"), .. Enumerable.Repeat((byte)'%', bytes)], "application/pdf");

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_file_over_its_field_limit_is_refused_there_naming_the_limit_and_the_rest_is_kept(
        DatabaseProvider db
    )
    {
        using var app = new BocageFactory(db);
        await CreateProcedureAsync(app, proofMegabytes: 1);
        var browser = app.Browser();
        var file = await StartAnonymouslyAsync(browser, "lea@exemple.fr", StartPath);
        await browser.OpenAsync(Fill(file));
        Assert.Contains("data-max-bytes=\"1048576\"", browser.LastPage);
        Assert.Contains(
            "id=\"r_justificatif-taille\" class=\"field__error\" hidden>Le fichier dépasse la taille maximale de 1 Mo.",
            Decoded(browser)
        );

        using var response = await browser.SubmitWithFilesAsync(
            Fill(file),
            new Dictionary<string, string> { ["r.nom"] = "Léa Martin", ["aller"] = "suivant" },
            [LargePdf("r.justificatif", 1_100_000), LargePdf("r.notes", 1_100_000)]
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Decoded(browser);
        Assert.Contains(
            "<p id=\"r_justificatif-erreur\" class=\"field__error\">Le fichier dépasse la taille maximale de 1 Mo.",
            text
        );
        Assert.Contains("value=\"Léa Martin\"", text);
        var stored = await FileAsync(app, file);
        Assert.Equal("Léa Martin", stored.Answers["nom"]);
        Assert.False(stored.Answers.Has("justificatif"));
        // The other file field keeps the kernel's limit (10 Mo): the same file is taken there.
        Assert.True(Guid.TryParse(stored.Answers["notes"], out _));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_page_sent_over_its_body_limit_comes_back_as_last_saved_with_a_message(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        // Real Kestrel: its own body limit is what a browser meets.
        var site = app.StartOnLoopback();
        await CreateProcedureAsync(app, proofMegabytes: 1);
        var browser = BocageFactory.NetworkBrowser(site);
        var file = await StartAnonymouslyAsync(browser, "lea@exemple.fr", StartPath);
        await browser.SubmitAsync(
            Fill(file),
            new Dictionary<string, string> { ["r.nom"] = "Léa Martin", ["aller"] = "enregistrer" },
            Fill(file)
        );

        // The page allows 1 Mo + 10 Mo + 10 Mo (a repeat of the block) + 4 Mo for the answers: 25 Mo.
        using var response = await browser.SubmitWithFilesAsync(
            Fill(file),
            new Dictionary<string, string> { ["r.nom"] = "Changé", ["aller"] = "suivant" },
            [
                LargePdf("r.notes", 9_000_000),
                LargePdf("r.enfants.0.certificat", 9_000_000),
                LargePdf("r.justificatif", 9_000_000),
            ],
            Fill(file)
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Fill(file), response.RequestMessage!.RequestUri!.AbsolutePath);
        var text = Decoded(browser);
        Assert.Contains(
            "Les fichiers envoyés étaient trop volumineux (cette page accepte 25 Mo au plus en tout)",
            text
        );
        Assert.Contains("role=\"alert\"", text);
        Assert.Contains("value=\"Léa Martin\"", text);
        var stored = await FileAsync(app, file);
        Assert.Equal("Léa Martin", stored.Answers["nom"]);
        using var scope = app.Services.CreateScope();
        Assert.Equal(
            0,
            await scope
                .ServiceProvider.GetRequiredService<KernelDb>()
                .StoredFiles.CountAsync(f => f.UploadedBy == "suivi")
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task One_file_far_over_the_kernels_limit_is_answered_with_the_page_not_an_error(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        await CreateProcedureAsync(app);
        var browser = app.Browser();
        var file = await StartAnonymouslyAsync(browser, "lea@exemple.fr", StartPath);
        await browser.SubmitAsync(
            Fill(file),
            new Dictionary<string, string> { ["r.nom"] = "Léa Martin", ["aller"] = "enregistrer" },
            Fill(file)
        );

        // 12 Mo: under the page's total (34 Mo), over what one part may hold in memory (10 Mo + 1 Mo).
        using var response = await browser.SubmitWithFilesAsync(
            Fill(file),
            new Dictionary<string, string> { ["r.nom"] = "Changé", ["aller"] = "suivant" },
            [LargePdf("r.notes", 12_000_000)],
            Fill(file)
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(
            "Les fichiers envoyés étaient trop volumineux (cette page accepte 34 Mo au plus en tout)",
            Decoded(browser)
        );
        Assert.Equal("Léa Martin", (await FileAsync(app, file)).Answers["nom"]);
    }
}
