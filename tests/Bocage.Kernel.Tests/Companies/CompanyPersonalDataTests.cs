using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Bocage.Kernel.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Companies;

public sealed class CompanyPersonalDataTests
{
    private const string MemberEmail = "salome.martin@exemple.fr";

    private static async Task DeleteAccountAsync(Browser browser)
    {
        using var deleted = await browser.SubmitAsync(
            "/compte/suppression",
            new Dictionary<string, string> { ["Input.Password"] = CompanyApp.Password },
            "/compte/suppression"
        );
        Assert.Equal("/compte/supprime", deleted.RequestMessage!.RequestUri!.AbsolutePath);
    }

    private static async Task<List<string>> AuditActionsAsync(CompanyApp app)
    {
        using var scope = app.App.Services.CreateScope();
        return await scope
            .ServiceProvider.GetRequiredService<KernelDb>()
            .AuditEntries.Where(e => e.Action.StartsWith("companies."))
            .OrderBy(e => e.Id)
            .Select(e => e.Action + " " + e.Details)
            .ToListAsync();
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_members_data_download_holds_their_company_and_their_invitation(DatabaseProvider db)
    {
        using var app = new CompanyApp(db);
        var (_, member) = await app.CompanyWithMemberAsync(MemberEmail);

        using var response = await member.Client.GetAsync("/compte/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var entry = zip.GetEntry("entreprises.json");
        Assert.NotNull(entry);
        using var json = JsonDocument.Parse(entry.Open());
        var membership = Assert.Single(json.RootElement.GetProperty("Memberships").EnumerateArray());
        Assert.Equal("73282932000074", membership.GetProperty("Siret").GetString());
        Assert.Equal("Ateliers du Bocage", membership.GetProperty("LegalName").GetString());
        Assert.Equal("Member", membership.GetProperty("Role").GetString());
        var invitation = Assert.Single(json.RootElement.GetProperty("Invitations").EnumerateArray());
        Assert.Equal(MemberEmail, invitation.GetProperty("Email").GetString());
        Assert.Equal(JsonValueKind.String, invitation.GetProperty("AcceptedAt").ValueKind);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task When_the_only_owner_deletes_their_account_the_longest_standing_member_becomes_owner(
        DatabaseProvider db
    )
    {
        using var app = new CompanyApp(db);
        var (owner, member) = await app.CompanyWithMemberAsync(MemberEmail);
        await app.CreateAccountAsync("leo.dubois@exemple.fr", "Léo", "Dubois");
        await CompanyApp.InviteAsync(owner, "leo.dubois@exemple.fr");
        var later = await app.SignedInAsync("leo.dubois@exemple.fr");
        var path = app.Mails.InvitationPathFor("leo.dubois@exemple.fr");
        await later.SubmitAsync(
            "/entreprise/invitation",
            new Dictionary<string, string> { ["code"] = CompanyApp.CodeOf(path) },
            path
        );

        await DeleteAccountAsync(owner);

        var page = WebUtility.HtmlDecode(await member.OpenAsync("/compte/entreprise"));
        Assert.DoesNotContain("Camille Lefebvre", page);
        Assert.Contains("handler=Invite", page);
        Assert.DoesNotContain("handler=Invite", await later.OpenAsync("/compte/entreprise"));
        Assert.Contains(await AuditActionsAsync(app), a =>
            a.StartsWith("companies.owner.handover account:", StringComparison.Ordinal)
        );
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task When_the_only_member_deletes_their_account_the_company_closes_and_its_siret_is_free_again(
        DatabaseProvider db
    )
    {
        using var app = new CompanyApp(db);
        var owner = await app.SignedInAsync(CompanyApp.Owner);
        await CompanyApp.RegisterAsync(owner, CompanyApp.Siret, "Ateliers du Bocage");
        await CompanyApp.InviteAsync(owner, MemberEmail);

        await DeleteAccountAsync(owner);

        using (var scope = app.App.Services.CreateScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountsDb>();
            // Only the demo's bakery and its owner stay: the closed company leaves nothing behind.
            Assert.Equal(0, await accounts.Companies.CountAsync(c => c.Siret == "73282932000074"));
            Assert.Equal(1, await accounts.CompanyMembers.CountAsync());
            Assert.Equal(0, await accounts.CompanyInvitations.CountAsync());
        }
        await app.CreateAccountAsync(MemberEmail, "Salomé", "Martin");
        var next = await app.SignedInAsync(MemberEmail);
        await CompanyApp.RegisterAsync(next, CompanyApp.Siret, "Ateliers du Bocage");
        Assert.Contains("L'entreprise est inscrite", WebUtility.HtmlDecode(next.LastPage));
        Assert.Contains("companies.company.close ", await AuditActionsAsync(app));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Every_change_is_audited_without_the_invited_address(DatabaseProvider db)
    {
        using var app = new CompanyApp(db);
        var (owner, _) = await app.CompanyWithMemberAsync(MemberEmail);
        var memberId = CompanyApp.MemberIdIn(await owner.OpenAsync("/compte/entreprise"));
        await owner.SubmitAsync(
            "/compte/entreprise?handler=Transfer",
            new Dictionary<string, string> { ["member"] = memberId }
        );
        await owner.SubmitAsync("/compte/entreprise?handler=Leave", new Dictionary<string, string>());

        var actions = await AuditActionsAsync(app);

        Assert.Equal(
            [
                "companies.company.register",
                "companies.member.invite",
                "companies.member.join",
                "companies.owner.transfer",
                "companies.member.leave",
            ],
            actions.Select(a => a.Split(' ')[0])
        );
        Assert.StartsWith("companies.member.invite invitation:", actions[1], StringComparison.Ordinal);
        Assert.Equal($"companies.owner.transfer account:{memberId}", actions[3]);
        Assert.DoesNotContain(actions, a => a.Contains('@'));
    }
}
