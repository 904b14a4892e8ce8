using System.Net;
using System.Text.RegularExpressions;
using Bocage.Kernel.Companies;
using Bocage.Kernel.Tests.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Bocage.Kernel.Tests.Companies;

/// <summary>
/// The letter posted to a registered office, read by poppler as the post office's reader would print it: the
/// address the agent copied, the company, a code and its end of validity; the code typed by the owner proves it.
/// </summary>
public sealed partial class CompanyLetterTests
{
    [GeneratedRegex(@"Code à saisir\s*:\s+([A-Z2-9]{5}-[A-Z2-9]{5})")]
    private static partial Regex CodeLine();

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_letter_read_by_poppler_carries_the_address_and_a_code_that_proves_the_company(
        DatabaseProvider db
    )
    {
        using var app = new CompanyApp(db);
        var owner = await app.SignedInAsync(CompanyApp.Owner);
        await CompanyApp.RegisterAsync(owner, CompanyApp.Siret, "Ateliers du Bocage");
        Guid id;
        using (var scope = app.App.Services.CreateScope())
        {
            var awaiting = await scope.ServiceProvider.GetRequiredService<CompanyMemberships>().AwaitingProofAsync();
            id = Assert.Single(awaiting).Id;
        }
        var agent = new Browser(app.App.CreateClient());
        await StaffTests.EnrolAsync(agent, "admin@demo.sud-avesnois.fr");
        await agent.OpenAsync($"/gestion/entreprises/{id}");

        using var letter = await agent.SubmitAsync(
            $"/gestion/entreprises/{id}?handler=Letter",
            new Dictionary<string, string>
            {
                ["Letter.Address"] = "Ateliers du Bocage\n1 rue de la Gare\n59610 Fourmies",
            }
        );
        var text = await PdfText.ExtractAsync(await letter.Content.ReadAsByteArrayAsync());

        Assert.Contains("Vérification de votre entreprise", text);
        // The envelope's lines stay lines, as the agent copied them from the register.
        Assert.Matches(@"Ateliers du Bocage\s*\n\s*1 rue de la Gare\s*\n\s*59610 Fourmies", text);
        Assert.Contains("732 829 320 00074", text);
        Assert.Matches(@"Valable jusqu'au\s*:\s+\d{1,2} \p{L}+ 20\d\d", text);
        var code = CodeLine().Match(text);
        Assert.True(code.Success, "no code in the letter: " + text);

        var wrong = await owner.SubmitAsync(
            "/compte/entreprise?handler=Code",
            new Dictionary<string, string> { ["Code.Code"] = "ZZZZZ-ZZZZZ" },
            "/compte/entreprise"
        );
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("En attente de vérification", WebUtility.HtmlDecode(owner.LastPage));
        await owner.SubmitAsync(
            "/compte/entreprise?handler=Code",
            new Dictionary<string, string> { ["Code.Code"] = code.Groups[1].Value.ToLowerInvariant() },
            "/compte/entreprise"
        );
        var page = WebUtility.HtmlDecode(owner.LastPage);
        Assert.Contains("Votre entreprise est vérifiée", page);
        Assert.Contains("Vérifiée le", page);
    }
}
