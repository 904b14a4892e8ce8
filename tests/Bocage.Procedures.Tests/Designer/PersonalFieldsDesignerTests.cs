using System.Net;
using Bocage.Procedures.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Procedures.Tests.Designer;

/// <summary>
/// What the demo forms could do and a designer could not: a date that may not precede an earlier one, a text kept
/// in capitals, and the autocomplete token of a question about the person filling in (WCAG 1.3.5). Set through
/// HTTP, refused in French at their field when wrong, stored, and read back by the editor.
/// </summary>
public sealed class PersonalFieldsDesignerTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_designer_sets_an_earlier_date_capitals_and_an_autocomplete_token(DatabaseProvider provider)
    {
        using var app = new BocageFactory(provider);
        var browser = await DesignerSession.SignInAsync(app, "agent.fourmies@demo.sud-avesnois.fr");
        var path = await DesignerSession.CreateAsync(browser, "Prêt de barnum");
        await browser.SubmitAsync(path + "?handler=AddPage", new Dictionary<string, string> { ["title"] = "Le prêt" });
        foreach (
            var (type, label) in new[]
            {
                ("Date", "Retrait"),
                ("Date", "Retour"),
                ("ShortText", "Nom"),
                ("ShortText", "Plaque"),
            }
        )
        {
            await browser.SubmitAsync(
                path + "?handler=AddField",
                new Dictionary<string, string>
                {
                    ["page"] = "0",
                    ["type"] = type,
                    ["label"] = label,
                }
            );
        }
        var editor = WebUtility.HtmlDecode(await browser.OpenAsync(path + "/champ/retour"));
        Assert.Contains("<option value=\"retrait\">Retrait</option>", editor);

        using var wrong = await browser.SubmitAsync(
            path + "/champ/retrait",
            new Dictionary<string, string>
            {
                ["Input.Key"] = "retrait",
                ["Input.Label"] = "Retrait",
                ["Input.NotBefore"] = "retour",
            }
        );
        Assert.Contains("Choisissez une date placée avant ce champ.", WebUtility.HtmlDecode(browser.LastPage));
        Assert.Contains("id=\"Input_NotBefore-erreur\"", browser.LastPage);

        await browser.SubmitAsync(
            path + "/champ/retour",
            new Dictionary<string, string>
            {
                ["Input.Key"] = "retour",
                ["Input.Label"] = "Retour",
                ["Input.NotBefore"] = "retrait",
            }
        );
        await browser.SubmitAsync(
            path + "/champ/nom",
            new Dictionary<string, string>
            {
                ["Input.Key"] = "nom",
                ["Input.Label"] = "Votre nom",
                ["Input.Autocomplete"] = "name",
            }
        );
        await browser.SubmitAsync(
            path + "/champ/plaque",
            new Dictionary<string, string>
            {
                ["Input.Key"] = "plaque",
                ["Input.Label"] = "Immatriculation du véhicule",
                ["Input.Capitals"] = "true",
                ["Input.Autocomplete"] = "not-a-token",
            }
        );
        Assert.Contains("Choisissez une des propositions.", WebUtility.HtmlDecode(browser.LastPage));
        // A plate is about a vehicle, not the person: no token, capitals kept.
        await browser.SubmitAsync(
            path + "/champ/plaque",
            new Dictionary<string, string>
            {
                ["Input.Key"] = "plaque",
                ["Input.Label"] = "Immatriculation du véhicule",
                ["Input.Capitals"] = "true",
            }
        );

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProceduresDb>();
        var form = (await db.Procedures.Include(p => p.Versions).SingleAsync(p => p.Slug == "pret-de-barnum"))
            .Versions.Single()
            .Form;
        Assert.Equal("retrait", form.AllFields.Single(f => f.Key == "retour").NotBefore);
        Assert.Equal("name", form.AllFields.Single(f => f.Key == "nom").Autocomplete);
        Assert.Null(form.AllFields.Single(f => f.Key == "plaque").Autocomplete);
        Assert.True(form.AllFields.Single(f => f.Key == "plaque").Capitals);
        // The editor reads back what was chosen.
        Assert.Matches(
            "<option value=\"name\" selected=\"selected\">Son nom complet</option>",
            WebUtility.HtmlDecode(await browser.OpenAsync(path + "/champ/nom"))
        );
        Assert.Contains(
            "name=\"Input.Capitals\" value=\"true\" checked=\"checked\"",
            await browser.OpenAsync(path + "/champ/plaque")
        );
    }
}
