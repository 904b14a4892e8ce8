using System.Net;
using Bocage.Procedures.Data;
using Bocage.Procedures.Domain.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Procedures.Tests.Designer;

/// <summary>
/// A designer adds the richer types through HTTP: a linked drop-down typed as Démarches Simplifiées does
/// (« --Voirie-- » then its sub-choices), refused in French when a sub-choice has no first choice, and a decimal
/// with bounds; the preview lists each sub-choice under its first choice, and the stored field keeps the groups.
/// </summary>
public sealed class RicherTypesDesignerTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_designer_adds_a_linked_drop_down_and_a_decimal(DatabaseProvider provider)
    {
        using var app = new BocageFactory(provider);
        var browser = await DesignerSession.SignInAsync(app, "agent.fourmies@demo.sud-avesnois.fr");
        var path = await DesignerSession.CreateAsync(browser, "Signalement sur la voie publique");
        await browser.SubmitAsync(
            path + "?handler=AddPage",
            new Dictionary<string, string> { ["title"] = "Le signalement" }
        );
        foreach (var (type, label) in new[] { ("LinkedDropDown", "Motif"), ("Decimal", "Longueur") })
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
        Assert.Contains("Listes liées (choix puis sous-choix)", WebUtility.HtmlDecode(await browser.OpenAsync(path)));

        var motif = new Dictionary<string, string>
        {
            ["Input.Key"] = "motif",
            ["Input.Label"] = "Motif",
            ["Input.Required"] = "true",
            ["Input.Options"] = "Nid-de-poule\n--Voirie--\nÉclairage",
        };
        using var refused = await browser.SubmitAsync(path + "/champ/motif", motif);
        Assert.Contains(
            "Chaque sous-choix doit suivre une ligne --Premier choix--.",
            WebUtility.HtmlDecode(browser.LastPage)
        );
        Assert.Contains("Nid-de-poule\n--Voirie--", WebUtility.HtmlDecode(browser.LastPage));

        motif["Input.Options"] = "--Voirie--\nNid-de-poule\nÉclairage\n--Propreté--\nDépôt sauvage";
        await browser.SubmitAsync(path + "/champ/motif", motif);
        using var bounds = await browser.SubmitAsync(
            path + "/champ/longueur",
            new Dictionary<string, string>
            {
                ["Input.Key"] = "longueur",
                ["Input.Label"] = "Longueur (m)",
                ["Input.Min"] = "1",
                ["Input.Max"] = "500",
            }
        );
        var preview = WebUtility.HtmlDecode(await browser.OpenAsync(path + "/apercu"));

        Assert.Contains("<li>Propreté / Dépôt sauvage</li>", preview);
        Assert.Contains("<li>Voirie / Éclairage</li>", preview);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProceduresDb>();
        var procedure = await db
            .Procedures.Include(p => p.Versions)
            .SingleAsync(p => p.Slug == "signalement-sur-la-voie-publique");
        var form = procedure.Versions.Single().Form;
        var linked = form.AllFields.Single(f => f.Key == "motif");
        Assert.Equal(FieldType.LinkedDropDown, linked.Type);
        Assert.Equal(["Voirie", "Voirie", "Propreté"], linked.Options.Select(o => o.Group));
        var decimalField = form.AllFields.Single(f => f.Key == "longueur");
        Assert.Equal((1L, 500L), (decimalField.Min!.Value, decimalField.Max!.Value));
    }
}
