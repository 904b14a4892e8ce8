using Bocage.Kernel.Companies;
using Microsoft.Extensions.DependencyInjection;
using static Bocage.Procedures.Tests.Http.ProcedureSteps;

namespace Bocage.Procedures.Tests.Http;

/// <summary>
/// A procedure for businesses (the PIDE's grant) is open to a company that proved itself, not to one only
/// claimed by its SIRET; the refusal says why and leads to the page where the company is proved.
/// </summary>
public sealed class BusinessApplicantTests
{
    private const string Grant = "/demarches/aide-installation-entreprise";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_company_waiting_for_its_proof_is_refused_then_applies_once_an_agent_validated_it(
        DatabaseProvider db
    )
    {
        using var app = new BocageFactory(db);
        var owner = app.Browser();
        await owner.SignInAsync("habitant@demo.sud-avesnois.fr", Password);
        await owner.OpenAsync(Grant);
        Assert.Contains("réservée aux entreprises : inscrivez votre entreprise", Decoded(owner));

        await owner.SubmitAsync(
            "/compte/entreprise?handler=Register",
            new Dictionary<string, string>
            {
                ["Register.Siret"] = "732 829 320 00074",
                ["Register.LegalName"] = "Ateliers du Bocage",
            },
            "/compte/entreprise"
        );
        await owner.OpenAsync(Grant);
        Assert.Contains("réservée aux entreprises vérifiées", Decoded(owner));
        Assert.Contains("href=\"/compte/entreprise\"", owner.LastPage);
        await owner.SubmitAsync(Grant, new Dictionary<string, string>(), Grant);
        Assert.Contains("réservée aux entreprises vérifiées", Decoded(owner));
        Assert.DoesNotContain("/demarches/dossier/", owner.LastPage);

        await owner.SubmitWithFilesAsync(
            "/compte/entreprise?handler=Proof",
            new Dictionary<string, string>(),
            [new UploadedFile("Proof.File", "kbis.pdf", SampleFiles.Pdf, "application/pdf")],
            "/compte/entreprise"
        );
        Guid company;
        using (var scope = app.Services.CreateScope())
        {
            var awaiting = await scope.ServiceProvider.GetRequiredService<CompanyMemberships>().AwaitingProofAsync();
            company = Assert.Single(awaiting).Id;
        }
        var agent = await AgentAsync(app, "admin@demo.sud-avesnois.fr");
        await agent.OpenAsync($"/gestion/entreprises/{company}");
        await agent.SubmitAsync(
            $"/gestion/entreprises/{company}?handler=Validate",
            new Dictionary<string, string>(),
            $"/gestion/entreprises/{company}"
        );
        Assert.Contains("L'entreprise est vérifiée", Decoded(agent));

        await owner.OpenAsync(Grant);
        Assert.DoesNotContain("réservée aux entreprises", Decoded(owner));
        using var started = await owner.SubmitAsync(Grant, new Dictionary<string, string>(), Grant);
        Assert.Matches(@"/demarches/dossier/[0-9a-f-]{36}/etape/0$", started.RequestMessage!.RequestUri!.AbsolutePath);
        var file = await FileAsync(app, Guid.Parse(started.RequestMessage.RequestUri.Segments[3].TrimEnd('/')));
        Assert.Equal(company, file.CompanyId);
    }
}
