using System.Net;
using System.Text.RegularExpressions;
using Bocage.Kernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Bocage.Procedures.Tests.Http.AttachmentSteps;
using static Bocage.Procedures.Tests.Http.ProcedureSteps;

namespace Bocage.Procedures.Tests.Http;

/// <summary>
/// The script's autosave of a page: answers as typed, unchecked, never files; only with the page's token, only for the
/// draft's owner.
/// </summary>
public sealed partial class AutosaveTests
{
    [GeneratedRegex(@"^Brouillon enregistré à (\d{2}):(\d{2})$")]
    private static partial Regex SavedAt();

    private static string Autosave(Guid file, int page = 0) =>
        $"/demarches/dossier/{file}/etape/{page}?handler=Autosave";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Autosave_stores_the_answers_as_typed_without_checking_and_answers_the_Paris_time(
        DatabaseProvider db
    )
    {
        using var app = new BocageFactory(db);
        var applicant = app.Browser();
        var file = await StartAnonymouslyAsync(applicant, "lea@exemple.fr");
        await applicant.OpenAsync($"/demarches/dossier/{file}/etape/0");
        Assert.Contains($"data-autosave=\"{Autosave(file)}\"".Replace("&", "&amp;"), applicant.LastPage);
        Assert.Matches("src=\"/_content/Bocage.Procedures/fill(\\.\\w+)?\\.js\"", applicant.LastPage);

        using var saved = await applicant.SubmitAsync(
            Autosave(file),
            new Dictionary<string, string> { ["r.nom"] = "Léa", ["r.telephone"] = "pas encore" }
        );

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var at = SavedAt().Match(WebUtility.HtmlDecode(applicant.LastPage.Trim()));
        Assert.True(at.Success, applicant.LastPage);
        var paris = ParisTime.ToParis(DateTime.UtcNow);
        var shown = paris.Date.AddHours(int.Parse(at.Groups[1].Value)).AddMinutes(int.Parse(at.Groups[2].Value));
        Assert.InRange((paris - shown).TotalMinutes, -1, 2);
        Assert.Equal("no-store", saved.Headers.CacheControl?.ToString());
        var stored = await FileAsync(app, file);
        Assert.True(stored.IsDraft);
        Assert.Equal("Léa", stored.Answers["nom"]);
        Assert.Equal("pas encore", stored.Answers["telephone"]);
        // The page shows what was autosaved.
        await applicant.OpenAsync($"/demarches/dossier/{file}/etape/0");
        Assert.Contains("value=\"pas encore\"", applicant.LastPage);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Autosave_never_takes_a_file(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        await CreateProcedureAsync(app);
        var applicant = app.Browser();
        var file = await StartAnonymouslyAsync(applicant, "lea@exemple.fr", StartPath);

        using var saved = await applicant.SubmitWithFilesAsync(
            Autosave(file),
            new Dictionary<string, string> { ["r.nom"] = "Léa" },
            [Pdf("r.justificatif")],
            Fill(file)
        );

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var stored = await FileAsync(app, file);
        Assert.Equal("Léa", stored.Answers["nom"]);
        Assert.False(stored.Answers.Has("justificatif"));
        using var scope = app.Services.CreateScope();
        Assert.Equal(
            0,
            await scope
                .ServiceProvider.GetRequiredService<KernelDb>()
                .StoredFiles.CountAsync(f => f.UploadedBy == "suivi")
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Autosave_refuses_a_post_without_the_token_and_another_persons_draft(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var applicant = app.Browser();
        var file = await StartAnonymouslyAsync(applicant, "lea@exemple.fr");
        await applicant.SubmitAsync(
            Autosave(file),
            new Dictionary<string, string> { ["r.nom"] = "Léa" },
            $"/demarches/dossier/{file}/etape/0"
        );

        using var forged = await applicant.Client.PostAsync(
            Autosave(file),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["r.nom"] = "Forgé" })
        );
        var stranger = app.Browser();
        await stranger.OpenAsync(BinPath);
        using var foreign = await stranger.SubmitAsync(
            Autosave(file),
            new Dictionary<string, string> { ["r.nom"] = "Intrus" }
        );

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal("Léa", (await FileAsync(app, file)).Answers["nom"]);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_autosave_and_a_send_of_the_same_page_at_once_both_save_and_never_end_in_an_error(
        DatabaseProvider db
    )
    {
        using var app = new BocageFactory(db);
        var applicant = app.Browser();
        var file = await StartAnonymouslyAsync(applicant, "lea@exemple.fr");
        await applicant.OpenAsync($"/demarches/dossier/{file}/etape/0");

        // The script autosaves while the person types, and she presses « Continuer » before it answered.
        var statuses = new List<HttpStatusCode>();
        for (var round = 0; round < 6; round++)
        {
            var autosave = applicant.SubmitAsync(
                Autosave(file),
                new Dictionary<string, string> { ["r.nom"] = "Léa Martin", ["r.telephone"] = "1" }
            );
            var send = applicant.SubmitAsync(
                $"/demarches/dossier/{file}/etape/0",
                new Dictionary<string, string>
                {
                    ["r.nom"] = "Léa Martin",
                    ["r.telephone"] = "12",
                    ["aller"] = "suivant",
                }
            );
            foreach (var response in await Task.WhenAll(autosave, send))
            {
                statuses.Add(response.StatusCode);
                response.Dispose();
            }
            await applicant.OpenAsync($"/demarches/dossier/{file}/etape/0");
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        var stored = await FileAsync(app, file);
        Assert.Equal("Léa Martin", stored.Answers["nom"]);
        Assert.Contains(stored.Answers["telephone"], new[] { "1", "12" });
    }
}
