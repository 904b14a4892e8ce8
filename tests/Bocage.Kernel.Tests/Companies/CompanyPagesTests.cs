using System.Net;
using Bocage.Kernel.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Companies;

public sealed class CompanyPagesTests
{
    private const string MemberEmail = "salome.martin@exemple.fr";

    private static async Task<AccountKind> KindOfAsync(CompanyApp app, string email)
    {
        using var scope = app.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDb>();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Kind).SingleAsync();
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_inhabitant_registers_a_company_with_a_valid_siret_and_becomes_its_owner(DatabaseProvider db)
    {
        using var app = new CompanyApp(db);
        var browser = await app.SignedInAsync(CompanyApp.Owner);
        Assert.Contains("href=\"/compte/entreprise\"", browser.LastPage);

        using var response = await CompanyApp.RegisterAsync(browser, "732 829 320 00074", "Ateliers du Bocage");

        Assert.Equal("/compte/entreprise", response.RequestMessage!.RequestUri!.AbsolutePath);
        var page = WebUtility.HtmlDecode(browser.LastPage);
        Assert.Contains("L'entreprise est inscrite", page);
        Assert.Contains("Ateliers du Bocage", page);
        Assert.Contains("732 829 320 00074", page);
        Assert.Contains("Propriétaire", page);
        Assert.Contains("Camille Lefebvre", page);
        Assert.Equal(AccountKind.Business, await KindOfAsync(app, CompanyApp.Owner));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_invalid_siret_is_refused_at_the_field_and_what_was_typed_is_kept(DatabaseProvider db)
    {
        using var app = new CompanyApp(db);
        var browser = await app.SignedInAsync(CompanyApp.Owner);

        foreach (var typed in new[] { "732 829 320 00075", "7328293200007", "SIRET-ABC" })
        {
            using var response = await CompanyApp.RegisterAsync(browser, typed, "Ateliers du Bocage");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = WebUtility.HtmlDecode(browser.LastPage);
            Assert.Contains(
                "<p id=\"Register_Siret-erreur\" class=\"field__error\">Le numéro SIRET n'est pas valide : vérifiez les 14 chiffres.</p>",
                page
            );
            Assert.Contains($"value=\"{typed}\"", page);
            Assert.Contains("value=\"Ateliers du Bocage\"", page);
            Assert.Contains("href=\"#Register_Siret\"", page);
        }
        Assert.Equal(AccountKind.Inhabitant, await KindOfAsync(app, CompanyApp.Owner));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_same_siret_twice_is_refused_with_a_clear_message(DatabaseProvider db)
    {
        using var app = new CompanyApp(db);
        await CompanyApp.RegisterAsync(
            await app.SignedInAsync(CompanyApp.Owner),
            CompanyApp.Siret,
            "Ateliers du Bocage"
        );
        await app.CreateAccountAsync(MemberEmail, "Salomé", "Martin");
        var second = await app.SignedInAsync(MemberEmail);

        using var response = await CompanyApp.RegisterAsync(second, "73282932000074", "Autre nom");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(second.LastPage);
        Assert.Contains(
            "Cette entreprise est déjà inscrite avec ce numéro SIRET. Demandez à son propriétaire de vous inviter.",
            page
        );
        Assert.Contains("id=\"Register_Siret-erreur\"", page);
        Assert.Contains("value=\"73282932000074\"", page);
        Assert.Equal(AccountKind.Inhabitant, await KindOfAsync(app, MemberEmail));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_invited_person_accepts_with_their_account_and_both_are_listed(DatabaseProvider db)
    {
        using var app = new CompanyApp(db);

        var (owner, member) = await app.CompanyWithMemberAsync(MemberEmail);

        var mail = Assert.Single(app.Mails.Sent, m => m.Category == "company.invite");
        Assert.Equal(MemberEmail, mail.To);
        Assert.Contains("Ateliers du Bocage", mail.Subject);
        Assert.Contains("Camille Lefebvre", mail.Body);
        foreach (var page in new[] { member.LastPage, await owner.OpenAsync("/compte/entreprise") })
        {
            var text = WebUtility.HtmlDecode(page);
            Assert.Contains("Camille Lefebvre", text);
            Assert.Contains("Salomé Martin", text);
            Assert.Contains(MemberEmail, text);
        }
        Assert.Equal(AccountKind.Business, await KindOfAsync(app, MemberEmail));
        Assert.DoesNotContain("Invitations en attente", WebUtility.HtmlDecode(owner.LastPage));

        // The link works once.
        await member.OpenAsync(app.Mails.InvitationPathFor(MemberEmail));
        Assert.Contains("Cette invitation a déjà servi", WebUtility.HtmlDecode(member.LastPage));
        Assert.DoesNotContain("Rejoindre l'entreprise", WebUtility.HtmlDecode(member.LastPage));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_invitation_opened_by_another_account_is_refused_and_shows_no_join_button(DatabaseProvider db)
    {
        using var app = new CompanyApp(db);
        var owner = await app.SignedInAsync(CompanyApp.Owner);
        await CompanyApp.RegisterAsync(owner, CompanyApp.Siret, "Ateliers du Bocage");
        await CompanyApp.InviteAsync(owner, MemberEmail);
        Assert.Contains("Invitations en attente", WebUtility.HtmlDecode(owner.LastPage));
        await app.CreateAccountAsync("intrus@exemple.fr", "Ivan", "Trus");
        var intruder = await app.SignedInAsync("intrus@exemple.fr");
        var path = app.Mails.InvitationPathFor(MemberEmail);

        await intruder.SubmitAsync(
            "/entreprise/invitation",
            new Dictionary<string, string> { ["code"] = CompanyApp.CodeOf(path) },
            path
        );

        Assert.Contains("Cette invitation a été envoyée à une autre adresse", WebUtility.HtmlDecode(intruder.LastPage));
        Assert.DoesNotContain("Ivan Trus", WebUtility.HtmlDecode(await owner.OpenAsync("/compte/entreprise")));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_and_comes_back_to_the_invitation(DatabaseProvider db)
    {
        using var app = new CompanyApp(db);
        var owner = await app.SignedInAsync(CompanyApp.Owner);
        await CompanyApp.RegisterAsync(owner, CompanyApp.Siret, "Ateliers du Bocage");
        await app.CreateAccountAsync(MemberEmail, "Salomé", "Martin");
        await CompanyApp.InviteAsync(owner, MemberEmail);
        var path = app.Mails.InvitationPathFor(MemberEmail);
        var visitor = app.Browser();

        var page = await visitor.OpenAsync(path);

        Assert.DoesNotContain("Ateliers du Bocage", page);
        Assert.Contains($"href=\"/connexion?retour={Uri.EscapeDataString(path)}\"", WebUtility.HtmlDecode(page));
        using var signedIn = await visitor.SubmitAsync(
            $"/connexion?retour={Uri.EscapeDataString(path)}",
            new Dictionary<string, string> { ["Input.Email"] = MemberEmail, ["Input.Password"] = CompanyApp.Password },
            $"/connexion?retour={Uri.EscapeDataString(path)}"
        );
        Assert.Equal("/entreprise/invitation", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Vous êtes invité à agir pour Ateliers du Bocage", WebUtility.HtmlDecode(visitor.LastPage));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_removed_member_loses_access_to_the_company(DatabaseProvider db)
    {
        using var app = new CompanyApp(db);
        var (owner, member) = await app.CompanyWithMemberAsync(MemberEmail);
        await owner.OpenAsync("/compte/entreprise");

        await owner.SubmitAsync(
            "/compte/entreprise?handler=Remove",
            new Dictionary<string, string> { ["member"] = CompanyApp.MemberIdIn(owner.LastPage) }
        );

        Assert.Contains("La personne ne fait plus partie de l'entreprise", WebUtility.HtmlDecode(owner.LastPage));
        Assert.DoesNotContain("Salomé Martin", WebUtility.HtmlDecode(owner.LastPage));
        var memberPage = WebUtility.HtmlDecode(await member.OpenAsync("/compte/entreprise"));
        Assert.DoesNotContain("Ateliers du Bocage", memberPage);
        Assert.Contains("Vous ne faites partie d'aucune entreprise", memberPage);
        using var invite = await CompanyApp.InviteAsync(member, "quelquun@exemple.fr");
        Assert.Equal(HttpStatusCode.Forbidden, invite.StatusCode);
        Assert.Equal(AccountKind.Inhabitant, await KindOfAsync(app, MemberEmail));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_member_who_is_not_owner_cannot_invite_remove_or_hand_over(DatabaseProvider db)
    {
        using var app = new CompanyApp(db);
        var (owner, member) = await app.CompanyWithMemberAsync(MemberEmail);
        var page = await member.OpenAsync("/compte/entreprise");
        Assert.DoesNotContain("handler=Invite", page);
        Assert.DoesNotContain("handler=Remove", page);
        var ownerId = CompanyApp.MemberIdIn(await owner.OpenAsync("/compte/entreprise"));
        var mailsBefore = app.Mails.Sent.Count;

        using var invite = await CompanyApp.InviteAsync(member, "quelquun@exemple.fr");
        await member.OpenAsync("/compte/entreprise");
        using var remove = await member.SubmitAsync(
            "/compte/entreprise?handler=Remove",
            new Dictionary<string, string> { ["member"] = ownerId }
        );
        await member.OpenAsync("/compte/entreprise");
        using var transfer = await member.SubmitAsync(
            "/compte/entreprise?handler=Transfer",
            new Dictionary<string, string> { ["member"] = ownerId }
        );

        Assert.Equal(HttpStatusCode.Forbidden, invite.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, remove.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, transfer.StatusCode);
        Assert.Equal(mailsBefore, app.Mails.Sent.Count);
        Assert.Contains("Salomé Martin", WebUtility.HtmlDecode(await owner.OpenAsync("/compte/entreprise")));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_only_owner_hands_over_before_leaving(DatabaseProvider db)
    {
        using var app = new CompanyApp(db);
        var (owner, member) = await app.CompanyWithMemberAsync(MemberEmail);
        var memberId = CompanyApp.MemberIdIn(await owner.OpenAsync("/compte/entreprise"));
        Assert.Contains("nommez d'abord un autre membre propriétaire", WebUtility.HtmlDecode(owner.LastPage));

        await owner.SubmitAsync("/compte/entreprise?handler=Leave", new Dictionary<string, string>());
        Assert.Contains(
            "Vous êtes le seul propriétaire : nommez d'abord un autre membre propriétaire.",
            WebUtility.HtmlDecode(owner.LastPage)
        );

        await owner.SubmitAsync(
            "/compte/entreprise?handler=Transfer",
            new Dictionary<string, string> { ["member"] = memberId }
        );
        Assert.Contains("La personne est maintenant propriétaire", WebUtility.HtmlDecode(owner.LastPage));
        await owner.SubmitAsync("/compte/entreprise?handler=Leave", new Dictionary<string, string>());
        Assert.Contains("Vous ne faites plus partie de l'entreprise", WebUtility.HtmlDecode(owner.LastPage));

        var memberPage = WebUtility.HtmlDecode(await member.OpenAsync("/compte/entreprise"));
        Assert.Contains("handler=Invite", memberPage);
        Assert.DoesNotContain("Camille Lefebvre", memberPage);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_script_typed_as_the_company_name_comes_back_encoded(DatabaseProvider db)
    {
        using var app = new CompanyApp(db);
        var browser = await app.SignedInAsync(CompanyApp.Owner);
        const string attack = "<script>alert('x')</script>";

        await CompanyApp.RegisterAsync(browser, CompanyApp.Siret, attack);
        var page = await browser.OpenAsync("/compte/entreprise");
        await CompanyApp.InviteAsync(browser, MemberEmail);

        Assert.DoesNotContain(attack, page);
        Assert.DoesNotContain("<script>alert", page);
        Assert.Contains("&lt;script&gt;", page);
        Assert.Contains(attack, app.Mails.Sent.Single().Subject);
    }
}
