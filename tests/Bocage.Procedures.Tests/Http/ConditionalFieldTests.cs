using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Catalogue;
using Bocage.Procedures.Domain.Definitions;
using Microsoft.Extensions.DependencyInjection;
using static Bocage.Procedures.Tests.Http.ProcedureSteps;

namespace Bocage.Procedures.Tests.Http;

/// <summary>
/// A field whose display condition hangs on an answer of its own step, filled without JavaScript (issue 14 point 6):
/// « Bac cassé » then « Continuer » must show « Précisions » on the same step, never an empty summary.
/// </summary>
public sealed class ConditionalFieldTests
{
    private const string Details = "Le couvercle est fendu sur toute sa largeur.";

    private static readonly Dictionary<string, string> BrokenBin = new(BinPage2) { ["r.motif"] = "casse" };

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_required_field_revealed_on_its_step_brings_the_step_back_with_its_message(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var browser = app.Browser();
        var file = await StartAnonymouslyAsync(browser, "lea@exemple.fr");
        var page0 = $"/demarches/dossier/{file}/etape/0";
        await browser.SubmitAsync(page0, BinPage1, page0);
        var page1 = $"/demarches/dossier/{file}/etape/1";
        await browser.OpenAsync(page1);
        Assert.Contains(
            "<div data-show-if=\"r.motif\" data-show-operator=\"Equals\" data-show-value=\"casse\" hidden",
            browser.LastPage
        );

        using var again = await browser.SubmitAsync(page1, BrokenBin);

        Assert.Equal(page1, again.RequestMessage!.RequestUri!.AbsolutePath);
        var text = Decoded(browser);
        Assert.DoesNotContain("Vérifiez vos réponses", text);
        Assert.Contains("<a href=\"#r_precisions\">Renseignez « Précisions ».</a>", text);
        Assert.Contains("<div data-show-if=\"r.motif\" data-show-operator=\"Equals\" data-show-value=\"casse\">", text);
        Assert.Contains("id=\"r_precisions-erreur\" class=\"field__error\">Renseignez « Précisions ».</p>", text);
        Assert.Contains("value=\"casse\" checked=\"checked\"", text);
        Assert.Contains("value=\"tri\" checked=\"checked\"", text);
        Assert.True((await FileAsync(app, file)).IsDraft);

        using var review = await browser.SubmitAsync(
            page1,
            new Dictionary<string, string>(BrokenBin) { ["r.precisions"] = Details },
            page1
        );

        Assert.Equal($"/demarches/dossier/{file}/recapitulatif", review.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Matches($@"<dt>Précisions</dt><dd>\s*{Details}\s*</dd>", Decoded(browser));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_review_of_a_draft_missing_a_revealed_answer_leads_back_to_its_step(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var browser = app.Browser();
        var file = await StartAnonymouslyAsync(browser, "lea@exemple.fr");
        var page0 = $"/demarches/dossier/{file}/etape/0";
        await browser.SubmitAsync(page0, BinPage1, page0);
        var page1 = $"/demarches/dossier/{file}/etape/1";
        // Saved, not checked: the draft now holds « Bac cassé » and no « Précisions ».
        await browser.SubmitAsync(
            page1,
            new Dictionary<string, string>(BrokenBin) { ["aller"] = "enregistrer" },
            page1
        );
        var review = $"/demarches/dossier/{file}/recapitulatif";

        using var shown = await browser.GetAsync(review);

        Assert.Equal(page1, shown.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains(
            "id=\"r_precisions-erreur\" class=\"field__error\">Renseignez « Précisions ».</p>",
            Decoded(browser)
        );

        using var sent = await browser.SubmitAsync(review, new Dictionary<string, string>());

        Assert.Equal(page1, sent.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Renseignez « Précisions ».", Decoded(browser));
        var stored = await FileAsync(app, file);
        Assert.True(stored.IsDraft);
        Assert.Null(stored.Number);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_optional_field_revealed_on_its_step_is_shown_before_the_step_moves_on(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        await CreateOptionalProcedureAsync(app);
        var browser = app.Browser();
        var file = await StartAnonymouslyAsync(browser, "lea@exemple.fr", "/demarches/" + OptionalSlug);
        var page0 = $"/demarches/dossier/{file}/etape/0";
        var stolen = new Dictionary<string, string> { ["r.motif"] = "vol", ["aller"] = "suivant" };

        using var again = await browser.SubmitAsync(page0, stolen, page0);

        Assert.Equal(page0, again.RequestMessage!.RequestUri!.AbsolutePath);
        var text = Decoded(browser);
        Assert.Contains(
            "Votre réponse ajoute à cette étape (facultatif, à compléter si besoin avant de continuer) :",
            text
        );
        Assert.Contains("<li>Date de la plainte</li>", text);
        Assert.Contains("<div data-show-if=\"r.motif\" data-show-operator=\"Equals\" data-show-value=\"vol\">", text);
        Assert.DoesNotContain("field__error", text);

        // Seen now: left empty, it no longer holds the step.
        using var review = await browser.SubmitAsync(page0, stolen, page0);

        Assert.Equal($"/demarches/dossier/{file}/recapitulatif", review.RequestMessage!.RequestUri!.AbsolutePath);
    }

    private const string OptionalSlug = "bac-condition-facultative";

    private static async Task CreateOptionalProcedureAsync(BocageFactory app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProceduresDb>();
        var now = DateTime.UtcNow;
        var procedure = Procedure.Create(OptionalSlug, "Bac volé (essai)", now);
        procedure.Audience = Audience.Anyone;
        procedure.CommuneInsee = "59249";
        var form = new FormSchema([
            new FormPage(
                "Votre bac",
                [
                    new FieldDefinition("motif", FieldType.SingleChoice, "Motif")
                    {
                        Required = true,
                        Options = [new("casse", "Bac cassé"), new("vol", "Bac volé")],
                    },
                    new FieldDefinition("plainte", FieldType.Date, "Date de la plainte")
                    {
                        Condition = new("motif", ConditionOperator.Equals, "vol"),
                    },
                ]
            ),
        ]);
        procedure.DraftVersion(now).TryEdit(form, DefaultWorkflow.Create());
        procedure.Publish(now);
        db.Procedures.Add(procedure);
        await db.SaveChangesAsync();
    }
}
