using System.Net;
using Bocage.Procedures.Tests.Answers;

namespace Bocage.Procedures.Tests.Designer;

/// <summary>
/// The hostile-input generator of the answers, fed to every form of the designer: never a server error.
/// </summary>
public sealed class HostileDesignerInputTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Hostile_values_in_every_designer_form_get_an_answer_not_a_server_error(DatabaseProvider provider)
    {
        using var app = new BocageFactory(provider);
        var browser = await DesignerSession.SignInAsync(app, "agent.fourmies@demo.sud-avesnois.fr");
        await browser.OpenAsync("/gestion/demarches/conception/nouvelle");
        using var created = await browser.SubmitAsync(
            "/gestion/demarches/conception/nouvelle",
            new Dictionary<string, string>
            {
                ["Input.Title"] = "Cible",
                ["Input.Description"] = "Cible des valeurs hostiles.",
                ["Input.Theme"] = "essai",
                ["Input.Commune"] = "59249",
                ["Input.Audience"] = "Anyone",
            }
        );
        var path = created.RequestMessage!.RequestUri!.AbsolutePath;
        await browser.SubmitAsync(path + "?handler=AddPage", new Dictionary<string, string> { ["title"] = "Page" });
        await browser.SubmitAsync(
            path + "?handler=AddField",
            new Dictionary<string, string>
            {
                ["page"] = "0",
                ["type"] = "Amount",
                ["label"] = "Montant",
            }
        );

        foreach (var (value, _) in HostileInputTests.HostileValues())
        {
            var forms = new (string Action, Dictionary<string, string> Fields)[]
            {
                (
                    "/gestion/demarches/conception/nouvelle",
                    new()
                    {
                        ["Input.Title"] = value,
                        ["Input.Slug"] = value,
                        ["Input.Description"] = value,
                        ["Input.Theme"] = value,
                        ["Input.Commune"] = value,
                        ["Input.Service"] = value,
                        ["Input.Audience"] = value,
                        ["Input.Opens"] = value,
                    }
                ),
                (
                    path + "/parametres",
                    new()
                    {
                        ["Input.Title"] = value,
                        ["Input.Description"] = "Correcte",
                        ["Input.Theme"] = "essai",
                        ["Input.Closes"] = value,
                    }
                ),
                (
                    path + "?handler=AddField",
                    new()
                    {
                        ["page"] = value,
                        ["type"] = value,
                        ["label"] = value,
                        ["block"] = value,
                    }
                ),
                (path + "?handler=RenamePage", new() { ["page"] = "0", ["title"] = value }),
                (path + "?handler=MoveField", new() { ["key"] = value, ["delta"] = value }),
                (
                    path + "/champ/montant",
                    new()
                    {
                        ["Input.Key"] = "montant",
                        ["Input.Label"] = value,
                        ["Input.Help"] = value,
                        ["Input.Min"] = value,
                        ["Input.Max"] = value,
                        ["Input.Pattern"] = value,
                        ["Input.Options"] = value,
                        ["Input.ConditionField"] = value,
                        ["Input.ConditionOperator"] = value,
                    }
                ),
                (path + "/circuit?handler=Rename", new() { ["key"] = "depose", ["label"] = value }),
                (path + "/circuit?handler=AddState", new() { ["NewLabel"] = value, ["NewKind"] = value }),
                (
                    path + "/circuit/transition/accepter",
                    new()
                    {
                        ["Input.Label"] = value,
                        ["Input.From"] = value,
                        ["Input.To"] = value,
                    }
                ),
                (
                    path + "/circuit/transition/accepter?handler=AddAction",
                    new()
                    {
                        ["NewAction.Type"] = "RequestPayment",
                        ["NewAction.Amount"] = value,
                        ["NewAction.RegieCode"] = value,
                    }
                ),
                (
                    path + "/circuit/transition/accepter?handler=AddAction",
                    new() { ["NewAction.Type"] = "CallWebhook", ["NewAction.WebhookUrl"] = value }
                ),
            };
            foreach (var (action, fields) in forms)
            {
                using var response = await browser.SubmitAsync(action, fields, formPage: path);
                // The framework answers 400 to a form body holding NUL before any page runs; anything else must reach
                // the page.
                var refusedByFramework =
                    value.Contains('\u0000', StringComparison.Ordinal)
                    && response.StatusCode == HttpStatusCode.BadRequest;
                Assert.True(
                    refusedByFramework
                        || response.StatusCode
                            is < HttpStatusCode.InternalServerError
                                and not HttpStatusCode.BadRequest,
                    $"{action} answered {(int)response.StatusCode} to {value[..Math.Min(value.Length, 20)]}"
                );
            }
        }
        var procedure = WebUtility.HtmlDecode(await browser.OpenAsync(path));
        Assert.Contains("Montant", procedure);
    }
}
