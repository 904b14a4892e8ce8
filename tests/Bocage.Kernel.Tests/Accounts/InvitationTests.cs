using System.Net;

namespace Bocage.Kernel.Tests.Accounts;

public sealed class InvitationTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_invited_agent_chooses_a_password_enrols_a_second_factor_and_sees_only_their_commune(
        DatabaseProvider db
    )
    {
        using var app = new BocageFactory(db);
        var admin = app.Browser();
        await StaffTests.EnrolAsync(admin, "admin@demo.sud-avesnois.fr");

        await admin.SubmitAsync(
            "/gestion/agents",
            new Dictionary<string, string>
            {
                ["Input.GivenName"] = "Yanis",
                ["Input.FamilyName"] = "Bernard",
                ["Input.Email"] = "yanis.bernard@anor.example",
                ["Input.Kind"] = "Agent",
                ["Input.Organisation"] = "mairie-anor",
                ["Input.Permission"] = "kernel.audit.read",
            },
            "/gestion/agents"
        );
        Assert.Contains("L'invitation est envoyée", WebUtility.HtmlDecode(admin.LastPage));
        Assert.Contains("yanis.bernard@anor.example", admin.LastPage);

        var agent = app.Browser();
        var link = await SignUpTests.LastMailLinkAsync(app, "yanis.bernard@anor.example");
        await agent.OpenAsync(link);
        using var accepted = await agent.SubmitAsync(
            link,
            new Dictionary<string, string>
            {
                ["Input.Password"] = "un chemin creux sous les haies",
                ["Input.PasswordConfirm"] = "un chemin creux sous les haies",
            }
        );
        Assert.Equal("/compte/double-authentification", accepted.RequestMessage!.RequestUri!.AbsolutePath);

        var key = System
            .Text.RegularExpressions.Regex.Match(agent.LastPage, "id=\"cle-partagee\">([a-z0-9 ]+)</code>")
            .Groups[1]
            .Value;
        await agent.SubmitAsync(
            "/compte/double-authentification",
            new Dictionary<string, string> { ["Input.Code"] = Totp.Now(key) }
        );
        using var journal = await agent.GetAsync("/gestion/journal?commune=59249");

        Assert.Equal(HttpStatusCode.OK, journal.StatusCode);
        Assert.DoesNotContain("59249</td>", agent.LastPage);
        using var agents = await agent.GetAsync("/gestion/agents");
        Assert.Equal(HttpStatusCode.Forbidden, agents.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_invitation_with_a_forged_code_sets_no_password(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var browser = app.Browser();
        await browser.OpenAsync("/invitation?compte=inconnu&code=Zm9yZ2Vk");

        await browser.SubmitAsync(
            "/invitation?compte=inconnu&code=Zm9yZ2Vk",
            new Dictionary<string, string>
            {
                ["Input.Password"] = "un mot de passe quelconque",
                ["Input.PasswordConfirm"] = "un mot de passe quelconque",
            }
        );

        Assert.Contains("Ce lien n'est plus valable", WebUtility.HtmlDecode(browser.LastPage));
    }
}
