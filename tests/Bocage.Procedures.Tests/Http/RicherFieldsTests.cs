using System.Text.RegularExpressions;
using static Bocage.Procedures.Tests.Http.ProcedureSteps;

namespace Bocage.Procedures.Tests.Http;

/// <summary>
/// The event declaration of Fourmies as an inhabitant fills it through HTTP: Démarches Simplifiées' richer fields
/// drawn as a phone and a screen reader expect them, a wrong RNA number and a commune with namesakes refused at
/// their fields with what was typed kept, then every answer read back in words on the summary.
/// </summary>
public sealed class RicherFieldsTests
{
    private const string Path = "/demarches/declaration-manifestation-fourmies";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_inhabitant_declares_an_event_with_every_richer_field(DatabaseProvider db)
    {
        using var app = new BocageFactory(db);
        var person = app.Browser();
        await person.SignInAsync("habitant@demo.sud-avesnois.fr", Password);
        using var bin = await person.SubmitAsync(BinPath, new Dictionary<string, string>(), BinPath);
        var binNumber = await SubmitBinAsync(
            person,
            Guid.Parse(bin.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[3])
        );
        using var started = await person.SubmitAsync(Path, new Dictionary<string, string>(), Path);
        var file = started.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[3];
        var page0 = $"/demarches/dossier/{file}/etape/0";

        await person.OpenAsync(page0);
        var form = Decoded(person);
        Assert.Contains("value=\"Mme\"", form);
        Assert.Contains(">Madame</label>", form);
        Assert.Contains("La lettre W suivie de 9 chiffres", form);
        Assert.Contains("Son nom ou son code postal", form);
        Assert.Matches(new Regex("<option value=\"BE\"[^>]*>Belgique</option>"), form);
        Assert.Contains($"<option value=\"{binNumber}\">{binNumber} – ", form);

        var organiser = new Dictionary<string, string>
        {
            ["r.civilite"] = "Mme",
            ["r.responsable"] = "Léa Martin",
            ["r.rna"] = "w12",
            ["r.siege"] = "Saint-Aubin",
            ["r.pays"] = "BE",
            ["r.reservation"] = binNumber,
            ["aller"] = "suivant",
        };
        await person.SubmitAsync(page0, organiser, page0);
        var refused = Decoded(person);
        Assert.Contains("« Numéro RNA de l'association » doit être un numéro RNA", refused);
        Assert.Contains("Saint-Aubin (02), Saint-Aubin (10)", refused);
        Assert.Contains("value=\"w12\"", refused);
        Assert.Contains("value=\"Saint-Aubin\"", refused);

        organiser["r.rna"] = "w 595 001 234";
        organiser["r.siege"] = "Saint-Aubin (59)";
        using var next = await person.SubmitAsync(page0, organiser, page0);
        var page1 = $"/demarches/dossier/{file}/etape/1";
        Assert.Equal(page1, next.RequestMessage!.RequestUri!.AbsolutePath);
        var second = Decoded(person);
        Assert.Contains("<optgroup label=\"Commerce\">", second);
        Assert.Contains("type=\"datetime-local\"", second);
        Assert.Contains("inputmode=\"decimal\"", second);

        using var review = await person.SubmitAsync(
            page1,
            new Dictionary<string, string>
            {
                ["r.nature"] = "Commerce / Brocante",
                ["r.debut"] = "2027-05-01T08:00",
                ["r.fin"] = "2027-05-01T18:00",
                ["r.lieu"] = "50,0139 ; 4,0519",
                ["r.surface"] = "1 250,5",
                ["r.buvette"] = "oui",
                ["r.attestation"] = "oui",
                ["aller"] = "suivant",
            },
            page1
        );

        Assert.EndsWith("/recapitulatif", review.RequestMessage!.RequestUri!.AbsolutePath);
        var summary = Decoded(person);
        foreach (
            var shown in new[]
            {
                "Madame",
                "W595001234",
                "Saint-Aubin (59)",
                "Belgique",
                binNumber,
                "Commerce / Brocante",
                "01/05/2027 08:00",
                "50.0139, 4.0519",
                "1250,5",
            }
        )
        {
            Assert.Contains(shown, summary);
        }
    }
}
