using System.Net;
using Bocage.Kernel.Companies;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Companies;

/// <summary>A claimed company waits for its proof; its owner sends a document or types a letter's code.</summary>
public sealed class CompanyProofPagesTests
{
    /// <summary>The smallest PDF the sniffer and ClamAV accept, shared by the company tests.</summary>
    internal static readonly byte[] Pdf = SampleFiles.Pdf;

    private static async Task<Company> CompanyOfAsync(CompanyApp app)
    {
        using var scope = app.App.Services.CreateScope();
        var companies = scope.ServiceProvider.GetRequiredService<CompanyMemberships>();
        var list = await companies.AwaitingProofAsync();
        return Assert.Single(list);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_registered_company_waits_and_the_right_letter_code_verifies_it(DatabaseProvider db)
    {
        using var app = new CompanyApp(db);
        var owner = await app.SignedInAsync(CompanyApp.Owner);
        await CompanyApp.RegisterAsync(owner, CompanyApp.Siret, "Ateliers du Bocage");
        Assert.Contains("En attente de vérification", WebUtility.HtmlDecode(owner.LastPage));
        Assert.DoesNotContain("Code du courrier", WebUtility.HtmlDecode(owner.LastPage));

        var company = await CompanyOfAsync(app);
        string code;
        using (var scope = app.App.Services.CreateScope())
        {
            var companies = scope.ServiceProvider.GetRequiredService<CompanyMemberships>();
            code = (await companies.IssueLetterAsync("agent", company.Id)).Value!;
        }

        await owner.OpenAsync("/compte/entreprise");
        Assert.Contains("Code du courrier", WebUtility.HtmlDecode(owner.LastPage));
        var wrong = await owner.SubmitAsync(
            "/compte/entreprise?handler=Code",
            new Dictionary<string, string> { ["Code.Code"] = "AAAAA-AAAAA" }
        );
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var page = WebUtility.HtmlDecode(owner.LastPage);
        Assert.Contains("Ce code ne correspond pas", page);
        Assert.Contains("id=\"Code_Code-erreur\"", page);
        Assert.Contains("value=\"AAAAA-AAAAA\"", page);

        await owner.SubmitAsync(
            "/compte/entreprise?handler=Code",
            new Dictionary<string, string> { ["Code.Code"] = Company.FormatCode(code).ToLowerInvariant() },
            "/compte/entreprise"
        );
        page = WebUtility.HtmlDecode(owner.LastPage);
        Assert.Contains("Votre entreprise est vérifiée", page);
        Assert.Contains("Vérifiée le", page);
        using (var scope = app.App.Services.CreateScope())
        {
            var companies = scope.ServiceProvider.GetRequiredService<CompanyMemberships>();
            Assert.Empty(await companies.AwaitingProofAsync());
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_document_sent_is_kept_for_the_agents_and_an_inhabitant_cannot_open_their_pages(
        DatabaseProvider db
    )
    {
        using var app = new CompanyApp(db);
        var owner = await app.SignedInAsync(CompanyApp.Owner);
        await CompanyApp.RegisterAsync(owner, CompanyApp.Siret, "Ateliers du Bocage");

        await owner.SubmitWithFilesAsync(
            "/compte/entreprise?handler=Proof",
            new Dictionary<string, string>(),
            [new UploadedFile("Proof.File", "kbis.pdf", Pdf, "application/pdf")],
            "/compte/entreprise"
        );

        Assert.Contains("Le justificatif est envoyé", WebUtility.HtmlDecode(owner.LastPage));
        var company = await CompanyOfAsync(app);
        Assert.NotNull(company.ProofFileId);
        using var list = await owner.GetAsync("/gestion/entreprises");
        Assert.NotEqual(HttpStatusCode.OK, list.StatusCode);
        using var proof = await owner.GetAsync($"/gestion/entreprises/{company.Id}?handler=Proof");
        Assert.NotEqual(HttpStatusCode.OK, proof.StatusCode);
        Assert.DoesNotContain("%PDF", await proof.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_wrong_kind_of_file_is_refused_at_the_field(DatabaseProvider db)
    {
        using var app = new CompanyApp(db);
        var owner = await app.SignedInAsync(CompanyApp.Owner);
        await CompanyApp.RegisterAsync(owner, CompanyApp.Siret, "Ateliers du Bocage");

        var response = await owner.SubmitWithFilesAsync(
            "/compte/entreprise?handler=Proof",
            new Dictionary<string, string>(),
            [new UploadedFile("Proof.File", "kbis.pdf", "not a pdf"u8.ToArray(), "application/pdf")],
            "/compte/entreprise"
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"Proof_File-erreur\"", owner.LastPage);
        Assert.Null((await CompanyOfAsync(app)).ProofFileId);
    }
}
