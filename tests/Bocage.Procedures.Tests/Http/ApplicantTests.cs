using Bocage.Procedures.Domain.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Bocage.Procedures.Tests.Http.ProcedureSteps;

namespace Bocage.Procedures.Tests.Http;

public sealed class ApplicantTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Wrong_answers_are_shown_at_their_fields_with_what_was_typed(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var browser = app.Browser();
        var file = await StartAnonymouslyAsync(browser, "lea@exemple.fr");
        var page = $"/demarches/dossier/{file}/etape/0";

        using var response = await browser.SubmitAsync(
            page,
            new Dictionary<string, string>(BinPage1)
            {
                ["r.nom"] = "Léa <b>Martin</b>",
                ["r.telephone"] = "12",
                ["r.adresse.commune"] = "75056",
            },
            page
        );

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("&lt;b&gt;Martin", browser.LastPage);
        var text = Decoded(browser);
        Assert.Contains("« Téléphone » doit être un numéro de téléphone français", text);
        Assert.Contains("value=\"12\"", text);
        Assert.Contains("href=\"#r_adresse_commune\"", text);
        Assert.Equal("12", (await FileAsync(app, file)).Answers["telephone"]);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Wrong_answers_are_explained_in_english_to_a_person_who_chose_english(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var browser = app.Browser();
        var file = await StartAnonymouslyAsync(browser, "lea@exemple.fr");
        using var switched = await browser.GetAsync("/langue/en?retour=/");
        var page = $"/demarches/dossier/{file}/etape/0";

        using var response = await browser.SubmitAsync(
            page,
            new Dictionary<string, string>(BinPage1) { ["r.telephone"] = "12", ["r.adresse.commune"] = "75056" },
            page
        );

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var text = Decoded(browser);
        Assert.Contains("“Téléphone” must be a French phone number, for example 03 27 60 00 00.", text);
        Assert.Contains("Choose the municipality of “Adresse de livraison” among those of Sud Avesnois.", text);
        Assert.DoesNotContain("doit être un numéro de téléphone", text);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_draft_resumed_by_tracking_code_is_submitted_with_a_number_and_a_PDF_receipt(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var file = await StartAnonymouslyAsync(app.Browser(), "lea@exemple.fr");
        var code = await TrackingCodeAsync(app, "lea@exemple.fr");
        var elsewhere = app.Browser();
        using var hidden = await elsewhere.GetAsync($"/demarches/dossier/{file}/etape/0");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, hidden.StatusCode);

        using var wrong = await elsewhere.SubmitAsync(
            "/demarches/suivi",
            new Dictionary<string, string> { ["Code"] = code, ["Email"] = "autre@exemple.fr" },
            "/demarches/suivi"
        );
        Assert.Contains("ne correspondent à aucune demande", Decoded(elsewhere));
        using var resumed = await elsewhere.SubmitAsync(
            "/demarches/suivi",
            new Dictionary<string, string> { ["Code"] = code.ToLowerInvariant(), ["Email"] = "LEA@exemple.fr" }
        );
        Assert.Equal($"/demarches/dossier/{file}/etape/0", resumed.RequestMessage!.RequestUri!.AbsolutePath);
        var number = await SubmitBinAsync(elsewhere, file);

        Assert.Matches(@"^CCSA-20\d\d-\d{6}$", number);
        var stored = await FileAsync(app, file);
        Assert.Equal(StateKind.Submitted, stored.StateKind);
        Assert.Single(stored.Revisions);
        Assert.False(stored.Answers.Has("precisions"));
        using var scope = app.Services.CreateScope();
        await app.Services.SettleOutboxAsync();
        var kernel = scope.ServiceProvider.GetRequiredService<KernelDb>();
        var receipt = await kernel
            .MailMessages.AsNoTracking()
            .Include(m => m.Attachments)
            .SingleAsync(m => m.Category == "procedures.demande-recue" && m.Recipient == "lea@exemple.fr");
        Assert.Contains(number, receipt.Subject);
        Assert.Single(receipt.Attachments);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_submitted_file_is_not_submitted_twice_and_stays_immutable(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var browser = app.Browser();
        var file = await StartAnonymouslyAsync(browser, "lea@exemple.fr");
        var number = await SubmitBinAsync(browser, file);

        using var again = await browser.SubmitAsync(
            $"/demarches/dossier/{file}/etape/0",
            new Dictionary<string, string>(BinPage1) { ["r.nom"] = "Autre" }
        );

        var stored = await FileAsync(app, file);
        Assert.Equal(number, stored.Number);
        Assert.Equal("Léa Martin", stored.Answers["nom"]);
        Assert.Single(stored.Revisions);
    }
}
