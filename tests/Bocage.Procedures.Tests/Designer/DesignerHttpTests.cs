using System.Net;
using Bocage.Procedures.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Procedures.Tests.Designer;

public sealed class DesignerHttpTests
{
    private const string Fourmies = "agent.fourmies@demo.sud-avesnois.fr";

    private static Task<HttpResponseMessage> PostAsync(
        Browser browser,
        string action,
        Dictionary<string, string> fields
    ) => browser.SubmitAsync(action, fields);

    private static Dictionary<string, string> FieldEdit(
        string key,
        string label,
        Dictionary<string, string>? more = null
    )
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Key"] = key,
            ["Input.Label"] = label,
            ["Input.Required"] = "true",
        };
        foreach (var (k, v) in more ?? [])
        {
            fields[k] = v;
        }
        return fields;
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_designer_builds_publishes_and_edits_v2_without_changing_v1(DatabaseProvider provider)
    {
        using var app = new BocageFactory(provider);
        var browser = await DesignerSession.SignInAsync(app, Fourmies);
        var path = await DesignerSession.CreateAsync(browser, "Mercredis récréatifs");
        Assert.Matches("^/gestion/demarches/conception/[0-9a-f-]{36}$", path);

        await PostAsync(browser, path + "?handler=AddPage", new() { ["title"] = "Famille" });
        await PostAsync(
            browser,
            path + "?handler=AddField",
            new()
            {
                ["page"] = "0",
                ["type"] = "YesNo",
                ["label"] = "Transport",
            }
        );
        using (
            var added = await PostAsync(
                browser,
                path + "?handler=AddField",
                new()
                {
                    ["page"] = "0",
                    ["type"] = "ShortText",
                    ["label"] = "Ramassage",
                }
            )
        )
        {
            Assert.EndsWith("/champ/ramassage", added.RequestMessage!.RequestUri!.AbsolutePath);
        }
        await PostAsync(
            browser,
            path + "/champ/ramassage",
            FieldEdit(
                "ramassage",
                "Adresse de ramassage",
                new()
                {
                    ["Input.ConditionField"] = "transport",
                    ["Input.ConditionOperator"] = "Equals",
                    ["Input.ConditionValue"] = "oui",
                }
            )
        );
        await PostAsync(
            browser,
            path + "?handler=AddField",
            new()
            {
                ["page"] = "0",
                ["type"] = "RepeatableBlock",
                ["label"] = "Enfant",
            }
        );
        await PostAsync(
            browser,
            path + "?handler=AddField",
            new()
            {
                ["page"] = "0",
                ["type"] = "ShortText",
                ["label"] = "Prenom",
                ["block"] = "enfant",
            }
        );
        using var published = await PostAsync(browser, path + "?handler=Publish", []);
        Assert.EndsWith("/versions", published.RequestMessage!.RequestUri!.AbsolutePath);

        await browser.OpenAsync(path + "/champ/prenom");
        await PostAsync(browser, path + "/champ/prenom", FieldEdit("prenom", "Prénom de l'enfant"));

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProceduresDb>();
        var procedure = await db.Procedures.Include(p => p.Versions).SingleAsync(p => p.Slug == "mercredis-recreatifs");
        var v1 = procedure.Versions.Single(v => v.Number == 1);
        var v2 = procedure.Versions.Single(v => v.Number == 2);
        Assert.Equal(1, procedure.PublishedVersion);
        Assert.Equal("transport", v1.Form.AllFields.Single(f => f.Key == "ramassage").Condition!.FieldKey);
        Assert.Equal("Prenom", v1.Form.AllFields.Single(f => f.Key == "prenom").Label);
        Assert.Equal("Prénom de l'enfant", v2.Form.AllFields.Single(f => f.Key == "prenom").Label);
        Assert.Null(v2.PublishedAt);
        var v1Preview = WebUtility.HtmlDecode(await browser.OpenAsync(path + "/apercu?version=1"));
        Assert.Contains("Prenom", v1Preview);
        Assert.DoesNotContain("Prénom de l'enfant", v1Preview);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Designer_mistakes_are_told_at_the_field_in_French_and_never_break_the_page(
        DatabaseProvider provider
    )
    {
        using var app = new BocageFactory(provider);
        var browser = await DesignerSession.SignInAsync(app, Fourmies);
        var path = await DesignerSession.CreateAsync(browser, "Essai des erreurs");
        await PostAsync(browser, path + "?handler=AddPage", new() { ["title"] = "Page" });
        await PostAsync(
            browser,
            path + "?handler=AddField",
            new()
            {
                ["page"] = "0",
                ["type"] = "ShortText",
                ["label"] = "Nom",
            }
        );
        await PostAsync(
            browser,
            path + "?handler=AddField",
            new()
            {
                ["page"] = "0",
                ["type"] = "Number",
                ["label"] = "Age",
            }
        );

        using var regex = await PostAsync(
            browser,
            path + "/champ/nom",
            FieldEdit("age", "Nom", new() { ["Input.Pattern"] = "[a-(" })
        );
        var page = WebUtility.HtmlDecode(browser.LastPage);
        Assert.Equal(HttpStatusCode.OK, regex.StatusCode);
        Assert.Contains("La clé « age » est déjà utilisée", page);
        Assert.Contains("n'est pas une expression régulière valable", page);
        Assert.Contains("value=\"[a-(\"", page);
        using var later = await PostAsync(
            browser,
            path + "/champ/nom",
            FieldEdit(
                "nom",
                "Nom",
                new() { ["Input.ConditionField"] = "age", ["Input.ConditionOperator"] = "IsFilled" }
            )
        );
        Assert.Contains("placé avant celui-ci", WebUtility.HtmlDecode(browser.LastPage));

        using var bounds = await PostAsync(
            browser,
            path + "/champ/age",
            FieldEdit("age", "Age", new() { ["Input.Min"] = "18", ["Input.Max"] = "3" })
        );
        Assert.Contains("Le minimum doit être inférieur ou égal au maximum", WebUtility.HtmlDecode(browser.LastPage));
        using var words = await PostAsync(
            browser,
            path + "/champ/age",
            FieldEdit("age", new string('x', 200_000), new() { ["Input.Min"] = "dix\u0001" })
        );
        Assert.Equal(HttpStatusCode.OK, words.StatusCode);
        Assert.Contains("Indiquez un nombre entier", WebUtility.HtmlDecode(browser.LastPage));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_file_field_takes_its_own_size_limit_up_to_the_kernels(DatabaseProvider provider)
    {
        using var app = new BocageFactory(provider);
        var browser = await DesignerSession.SignInAsync(app, Fourmies);
        var path = await DesignerSession.CreateAsync(browser, "Essai des tailles");
        await PostAsync(browser, path + "?handler=AddPage", new() { ["title"] = "Page" });
        await PostAsync(
            browser,
            path + "?handler=AddField",
            new()
            {
                ["page"] = "0",
                ["type"] = "File",
                ["label"] = "Plan",
            }
        );
        await browser.OpenAsync(path + "/champ/plan");
        Assert.Contains("Un nombre entier de 1 à 10", WebUtility.HtmlDecode(browser.LastPage));

        using var tooMuch = await PostAsync(
            browser,
            path + "/champ/plan",
            FieldEdit("plan", "Plan", new() { ["Input.MaxMegabytes"] = "11" })
        );
        Assert.Equal(HttpStatusCode.OK, tooMuch.StatusCode);
        Assert.Contains(
            "id=\"Input_MaxMegabytes-erreur\" class=\"field__error\">Indiquez une taille entière de 1 à 10 Mo.",
            WebUtility.HtmlDecode(browser.LastPage)
        );
        Assert.Contains("value=\"11\"", browser.LastPage);
        using var words = await PostAsync(
            browser,
            path + "/champ/plan",
            FieldEdit("plan", "Plan", new() { ["Input.MaxMegabytes"] = "deux" })
        );
        Assert.Contains("Indiquez un nombre entier", WebUtility.HtmlDecode(browser.LastPage));
        await PostAsync(
            browser,
            path + "/champ/plan",
            FieldEdit("plan", "Plan", new() { ["Input.MaxMegabytes"] = "2" })
        );

        using var scope = app.Services.CreateScope();
        var procedure = await scope
            .ServiceProvider.GetRequiredService<ProceduresDb>()
            .Procedures.Include(p => p.Versions)
            .SingleAsync(p => p.Slug == "essai-des-tailles");
        Assert.Equal(2, procedure.Versions.Single().Form.AllFields.Single(f => f.Key == "plan").MaxMegabytes);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_designer_of_Trelon_never_reaches_the_procedures_of_Fourmies(DatabaseProvider provider)
    {
        using var app = new BocageFactory(provider);
        await DesignerSession.GrantAsync(app, "agent.trelon@demo.sud-avesnois.fr", "mairie-trelon");
        var browser = await DesignerSession.SignInAsync(app, "agent.trelon@demo.sud-avesnois.fr");
        Guid cantine;
        using (var scope = app.Services.CreateScope())
        {
            cantine = await scope
                .ServiceProvider.GetRequiredService<ProceduresDb>()
                .Procedures.Where(p => p.Slug == "inscription-cantine-periscolaire-fourmies")
                .Select(p => p.Id)
                .SingleAsync();
        }

        var list = WebUtility.HtmlDecode(await browser.OpenAsync("/gestion/demarches/conception"));
        using var open = await browser.GetAsync($"/gestion/demarches/conception/{cantine}/champ/enfants");
        var path = await DesignerSession.CreateAsync(browser, "Cantine de Trélon par Fourmies", commune: "59249");

        Assert.Contains("Déclaration de travaux simples", list);
        Assert.DoesNotContain("cantine et au périscolaire", list);
        Assert.Equal(HttpStatusCode.NotFound, open.StatusCode);
        Assert.Equal("/gestion/demarches/conception/nouvelle", path);
        Assert.Contains(
            "Vous ne pouvez concevoir que les démarches de vos communes et services",
            WebUtility.HtmlDecode(browser.LastPage)
        );
    }
}
