using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bocage.Kernel.Tests.Accounts;

public sealed class SessionTests
{
    private const string Inhabitant = "habitant@demo.sud-avesnois.fr";
    private const string Password = "Bocage-demo-2026";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Ending_a_session_from_another_browser_signs_that_browser_out(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var phone = app.Browser();
        var computer = app.Browser();
        await phone.SignInAsync(Inhabitant, Password);
        await computer.SignInAsync(Inhabitant, Password);
        var rows = computer
            .LastPage.Split("<tr>")
            .Select(r =>
                (
                    Id: Regex.Match(r, "name=\"session\" value=\"([0-9a-f-]+)\"").Groups[1].Value,
                    Current: r.Contains("cet appareil")
                )
            )
            .Where(r => r.Id.Length > 0)
            .ToList();
        Assert.Equal(2, rows.Count);
        Assert.Single(rows, r => r.Current);

        await computer.SubmitAsync(
            "/compte?handler=EndSession",
            new Dictionary<string, string> { ["session"] = rows.Single(r => !r.Current).Id }
        );

        Assert.Contains("La connexion est terminée", computer.LastPage);
        using var phoneAgain = await phone.GetAsync("/compte");
        Assert.Equal("/connexion", phoneAgain.RequestMessage!.RequestUri!.AbsolutePath);
        using var computerAgain = await computer.GetAsync("/compte");
        Assert.Equal("/compte", computerAgain.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_person_downloads_all_their_data_as_a_zip_of_json(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var browser = app.Browser();
        await browser.SignInAsync(Inhabitant, Password);

        using var response = await browser.Client.GetAsync("/compte/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var entry = zip.GetEntry("compte.json");
        Assert.NotNull(entry);
        using var json = JsonDocument.Parse(entry.Open());
        Assert.Equal(Inhabitant, json.RootElement.GetProperty("Email").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("Sessions").GetArrayLength());
        Assert.Contains(json.RootElement.GetProperty("Actions").EnumerateArray(), a =>
            a.GetProperty("Action").GetString() == "accounts.session.open"
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Deleting_the_account_needs_the_password_then_erases_it(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var browser = app.Browser();
        await browser.SignInAsync(Inhabitant, Password);

        await browser.SubmitAsync(
            "/compte/suppression",
            new Dictionary<string, string> { ["Input.Password"] = "pas-le-bon" },
            "/compte/suppression"
        );
        Assert.Contains(
            "Mot de passe incorrect : le compte n'a pas été supprimé",
            WebUtility.HtmlDecode(browser.LastPage)
        );

        using var deleted = await browser.SubmitAsync(
            "/compte/suppression",
            new Dictionary<string, string> { ["Input.Password"] = Password }
        );
        Assert.Equal("/compte/supprime", deleted.RequestMessage!.RequestUri!.AbsolutePath);

        var again = app.Browser();
        await again.SignInAsync(Inhabitant, Password);
        Assert.Contains("Adresse électronique ou mot de passe incorrect", again.LastPage);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task What_a_person_types_comes_back_inert(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var browser = app.Browser();
        await browser.SignInAsync(Inhabitant, Password);
        const string attack = "<script>alert('x')</script>";

        await browser.SubmitAsync(
            "/compte?handler=Profile",
            new Dictionary<string, string>
            {
                ["Profile.GivenName"] = attack,
                ["Profile.FamilyName"] = "\"><img src=x onerror=alert(1)>",
            },
            "/compte"
        );
        var page = await browser.OpenAsync("/compte");

        Assert.DoesNotContain(attack, page);
        Assert.DoesNotContain("<img src=x", page);
        Assert.Contains("&lt;script&gt;", page);
    }
}
