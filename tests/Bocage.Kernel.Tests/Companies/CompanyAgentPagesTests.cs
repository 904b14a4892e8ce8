using System.Net;
using Bocage.Kernel.Accounts;
using Bocage.Kernel.Companies;
using Bocage.Kernel.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Companies;

/// <summary>The agent's side of proving a company: validate on a document, post a letter, refuse a claim.</summary>
public sealed class CompanyAgentPagesTests
{
    private const string Admin = "admin@demo.sud-avesnois.fr";

    private static async Task<Guid> PendingCompanyAsync(CompanyApp app, bool withDocument)
    {
        var owner = await app.SignedInAsync(CompanyApp.Owner);
        await CompanyApp.RegisterAsync(owner, CompanyApp.Siret, "Ateliers du Bocage");
        if (withDocument)
        {
            await owner.SubmitWithFilesAsync(
                "/compte/entreprise?handler=Proof",
                new Dictionary<string, string>(),
                [new UploadedFile("Proof.File", "kbis.pdf", CompanyProofPagesTests.Pdf, "application/pdf")],
                "/compte/entreprise"
            );
        }
        using var scope = app.App.Services.CreateScope();
        return Assert
            .Single(await scope.ServiceProvider.GetRequiredService<CompanyMemberships>().AwaitingProofAsync())
            .Id;
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_agent_opens_the_document_validates_and_the_owner_is_mailed(DatabaseProvider db)
    {
        using var app = new CompanyApp(db);
        var id = await PendingCompanyAsync(app, withDocument: true);
        var agent = new Browser(app.App.CreateClient());
        await StaffTests.EnrolAsync(agent, Admin);

        Assert.Contains("href=\"/gestion/entreprises\"", await agent.OpenAsync("/gestion"));
        Assert.Contains($"href=\"/gestion/entreprises/{id}\"", await agent.OpenAsync("/gestion/entreprises"));
        var page = WebUtility.HtmlDecode(await agent.OpenAsync($"/gestion/entreprises/{id}"));
        Assert.Contains("annuaire-entreprises.data.gouv.fr/etablissement/73282932000074", page);
        Assert.Contains("kbis.pdf", page);
        using (var proof = await agent.GetAsync($"/gestion/entreprises/{id}?handler=Proof"))
        {
            Assert.Equal(HttpStatusCode.OK, proof.StatusCode);
            Assert.Equal("application/pdf", proof.Content.Headers.ContentType?.MediaType);
            Assert.Contains("no-store", proof.Headers.CacheControl?.ToString());
            Assert.StartsWith("%PDF", await proof.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await agent.SubmitAsync(
            $"/gestion/entreprises/{id}?handler=Validate",
            new Dictionary<string, string>(),
            $"/gestion/entreprises/{id}"
        );

        Assert.Contains("L'entreprise est vérifiée", WebUtility.HtmlDecode(agent.LastPage));
        var mail = app.Mails.Sent.Single(m => m.Category == "company.verified");
        Assert.Equal(CompanyApp.Owner, mail.To);
        Assert.Contains("/compte/entreprise", mail.Body);
        var owner = await app.SignedInAsync(CompanyApp.Owner);
        Assert.Contains("Vérifiée le", WebUtility.HtmlDecode(await owner.OpenAsync("/compte/entreprise")));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_agent_prints_a_letter_then_refuses_the_claim_and_an_agent_without_the_right_may_not(
        DatabaseProvider db
    )
    {
        using var app = new CompanyApp(db);
        var id = await PendingCompanyAsync(app, withDocument: false);
        var agent = new Browser(app.App.CreateClient());
        await StaffTests.EnrolAsync(agent, Admin);
        await agent.OpenAsync($"/gestion/entreprises/{id}");

        var empty = await agent.SubmitAsync(
            $"/gestion/entreprises/{id}?handler=Letter",
            new Dictionary<string, string> { ["Letter.Address"] = "" }
        );
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Recopiez l'adresse du siège", WebUtility.HtmlDecode(agent.LastPage));

        var letter = await agent.SubmitAsync(
            $"/gestion/entreprises/{id}?handler=Letter",
            new Dictionary<string, string>
            {
                ["Letter.Address"] = "Ateliers du Bocage\n1 rue de la Gare\n59610 Fourmies",
            }
        );
        Assert.Equal("application/pdf", letter.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", agent.LastPage, StringComparison.Ordinal);
        Assert.Equal(CompanyApp.Owner, app.Mails.Sent.Single(m => m.Category == "company.letter").To);

        var other = new Browser(app.App.CreateClient());
        await StaffTests.EnrolAsync(other, "agent.trelon@demo.sud-avesnois.fr");
        using (var refused = await other.GetAsync($"/gestion/entreprises/{id}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        await agent.SubmitAsync(
            $"/gestion/entreprises/{id}?handler=Reject",
            new Dictionary<string, string>(),
            $"/gestion/entreprises/{id}"
        );

        Assert.Contains("L'entreprise est retirée du site", WebUtility.HtmlDecode(agent.LastPage));
        Assert.Equal(CompanyApp.Owner, app.Mails.Sent.Single(m => m.Category == "company.rejected").To);
        using var scope = app.App.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountsDb>();
        Assert.False(await accounts.Companies.AnyAsync(c => c.Siret == "73282932000074"));
        Assert.Equal(
            AccountKind.Inhabitant,
            await accounts.Users.Where(u => u.Email == CompanyApp.Owner).Select(u => u.Kind).SingleAsync()
        );
    }
}
